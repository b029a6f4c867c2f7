import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBundle } from '../bundle/envelope';
import { reviewerTestApp } from '../../test/support/reviewer/app';
import {
  CONFIDENTIAL_TOKEN,
  DEMO_CALL_ID,
  PANEL_MEMBERS,
  REVIEWER_ID_TOKEN,
  REVIEWER_NAME_TOKEN,
  panelOffice,
} from '../../test/support/panel/panel-office';

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder();

describe('panel packages', () => {
  it('carry the shortlist and the anonymised digest, never a reviewer identity or a confidential comment', async () => {
    const { office, dir } = await panelOffice();
    const issued = await office.ok('panel.packages.issue', {
      callId: DEMO_CALL_ID,
      outDir: path.join(dir, 'panel'),
    });
    expect(issued.packages.map((p) => p.reviewerId)).toEqual(PANEL_MEMBERS);
    for (const pkg of issued.packages) {
      const file = readFileSync(pkg.path);
      const opened = await openBundle(file, {
        expectedKind: 'panel-package',
        decrypt: { passphrase: pkg.passphrase },
      });
      // Everything a member can read: the manifest and every decrypted entry.
      const readable = [
        JSON.stringify(opened.manifest),
        ...[...opened.entries.values()].flatMap((bytes) => [utf8.decode(bytes), latin1.decode(bytes)]),
      ].join('\n');
      for (const token of [CONFIDENTIAL_TOKEN, REVIEWER_ID_TOKEN, REVIEWER_NAME_TOKEN, '有过节']) {
        expect(readable, `${pkg.reviewerId}: ${token}`).not.toContain(token);
      }
      const content = JSON.parse(utf8.decode(opened.entries.get('content.json') ?? new Uint8Array())) as {
        applications: {
          id: string;
          digest: { submitted: number; reviews: { comments: Record<string, string> }[] };
        }[];
      };
      // The comments meant for the applicant do travel, naughty strings and all.
      expect(readable).toContain('建议进一步明确技术路线');
      expect(readable).toContain('<script>alert(1)</script>');
      const ids = content.applications.map((a) => a.id);
      // member-2 is conflicted on app-01 (回避): it is not in their package.
      expect(ids.includes('app-01')).toBe(pkg.reviewerId !== 'member-2');
      expect(ids).toHaveLength(pkg.reviewerId === 'member-2' ? 3 : 4);
      for (const application of content.applications) {
        expect(application.digest.reviews).toHaveLength(application.digest.submitted);
        for (const review of application.digest.reviews) {
          expect(Object.keys(review.comments).every((field) => field !== 'confidential')).toBe(true);
        }
      }
    }
  });
});

describe('ballot bundles', () => {
  it('go from the member’s app to the office tally, once, with revisions; a conflicted member cannot vote', async () => {
    const { office, dir } = await panelOffice();
    const issued = await office.ok('panel.packages.issue', {
      callId: DEMO_CALL_ID,
      outDir: path.join(dir, 'panel'),
    });
    const pkg = issued.packages.find((p) => p.reviewerId === 'member-1');
    if (!pkg) throw new Error('no package for member-1');
    const member = reviewerTestApp({ seed: 'member-1' });
    const opened = await member.ok('reviewer.panel.open', {
      source: { path: pkg.path },
      passphrase: pkg.passphrase,
    });
    expect(opened).toMatchObject({ outcome: 'added', applications: 4 });
    const { calls } = await member.ok('reviewer.panel.list', {});
    const shortlist = calls[0]?.applications ?? [];
    expect(shortlist.map((a) => a.ballot)).toEqual([null, null, null, null]);
    const [first, second] = shortlist;
    if (!first || !second) throw new Error('shortlist too short');
    const detail = await member.ok('reviewer.panel.application', {
      callId: DEMO_CALL_ID,
      applicationId: first.applicationId,
    });
    expect(detail.finalScale).toEqual({ min: 1, max: 5 });
    const outOfScale = await member.call('reviewer.panel.ballot.save', {
      callId: DEMO_CALL_ID,
      applicationId: first.applicationId,
      vote: 'for',
      finalScore: 9,
    });
    expect(outOfScale.ok ? 'saved' : outOfScale.code).toBe('ballot.errors.scoreOutOfScale');
    await member.ok('reviewer.panel.ballot.save', {
      callId: DEMO_CALL_ID,
      applicationId: first.applicationId,
      vote: 'for',
      finalScore: 4.5,
      comment: '同意推荐',
    });
    await member.ok('reviewer.panel.ballot.save', {
      callId: DEMO_CALL_ID,
      applicationId: second.applicationId,
      vote: 'against',
    });
    const exported = await member.ok('reviewer.panel.export', { callId: DEMO_CALL_ID, path: dir });
    const bundle = exported.path ?? '';
    expect(path.extname(bundle)).toBe('.pdballot');

    const merged = await office.ok('merge.importFiles', { paths: [bundle] });
    expect(merged.reports[0]).toMatchObject({ kind: 'ballot-bundle', status: 'applied', new: 2 });
    const again = await office.ok('merge.importFiles', { paths: [bundle] });
    expect(again.reports[0]?.status).toBe('noop');
    let tally = await office.ok('panel.tally', { callId: DEMO_CALL_ID });
    const row = (id: string) => tally.applications.find((a) => a.applicationId === id);
    expect(row(first.applicationId)).toMatchObject({ present: 1, for: 1, finalMean: 4.5 });
    expect(row(second.applicationId)).toMatchObject({ present: 1, against: 1 });

    // A changed vote is a new revision: the newer bundle wins, the older one merged again changes nothing.
    const changed = await member.ok('reviewer.panel.ballot.save', {
      callId: DEMO_CALL_ID,
      applicationId: second.applicationId,
      vote: 'abstain',
    });
    expect(changed.revision).toBe(2);
    const newer = await member.ok('reviewer.panel.export', { callId: DEMO_CALL_ID, path: dir });
    const update = await office.ok('merge.importFiles', { paths: [newer.path ?? ''] });
    expect(update.reports[0]).toMatchObject({ status: 'applied', updated: 1, unchanged: 1 });
    tally = await office.ok('panel.tally', { callId: DEMO_CALL_ID });
    expect(row(second.applicationId)).toMatchObject({ present: 1, against: 0, abstain: 1 });

    // member-1 becomes conflicted on the first application after voting: the office refuses the bundle whole.
    await office.ok('conflicts.add', {
      callId: DEMO_CALL_ID,
      applicationId: first.applicationId,
      reviewerId: 'member-1',
      reason: '合作发表论文',
    });
    await office.ok('panel.setup', {
      callId: DEMO_CALL_ID,
      shortlist: { from: 'keep' },
      members: PANEL_MEMBERS,
      minMembers: 5,
    });
    await member.ok('reviewer.panel.ballot.save', {
      callId: DEMO_CALL_ID,
      applicationId: first.applicationId,
      vote: 'against',
    });
    const late = await member.ok('reviewer.panel.export', { callId: DEMO_CALL_ID, path: dir });
    const refused = await office.ok('merge.importFiles', { paths: [late.path ?? ''] });
    expect(refused.reports[0]?.status).toBe('refused');
    expect(refused.reports[0]?.reason?.code).toBe('panel.errors.conflicted');
    tally = await office.ok('panel.tally', { callId: DEMO_CALL_ID });
    expect(row(first.applicationId)).toMatchObject({ eligible: 3, present: 0, for: 0 });
  });
});
