import { createHmac } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSigningKey } from '../../db/repositories/reviewer-identity';
import type { DraftPatch } from '../../shared/contract/reviewer';
import { base64urlDecode } from '../../shared/bundle/encoding';
import { reviewBundleContentSchema, type ReviewBundleContent } from '../../shared/domain/review-bundle';
import { parseJsonBytes } from '../../shared/json/parse';
import { openBundle } from '../bundle/envelope';
import type { KeyProtector } from '../core/context';
import { reviewDigest } from '../core/review-digest';
import { aesGcmOpen, aesGcmSeal } from '../crypto/aead';
import { seededByteSource } from '../../shared/random/bytes';
import { reviewerTestApp, type ReviewerTestApp } from '../../test/support/reviewer/app';
import {
  buildFixturePackage,
  completeDraft,
  fixtureApplications,
  fixtureOffice,
  jieqingFixtureRubric,
  nsfcFixtureRubric,
  type FixturePackage,
} from '../../test/support/reviewer/fixtures';

async function openFixture(app: ReviewerTestApp, pkg: FixturePackage, workspacePath?: string) {
  return app.call('reviewer.openPackage', {
    source: { bytes: pkg.bytes },
    passphrase: pkg.passphrase,
    fileName: 'package.pdpkg',
    ...(workspacePath ? { workspacePath } : {}),
  });
}

async function decryptBundle(bytes: Uint8Array, pkg: FixturePackage) {
  const opened = await openBundle(bytes, {
    expectedKind: 'review-bundle',
    decrypt: { privateKey: pkg.office.encryption.privateKey },
  });
  const raw = opened.entries.get('content.json');
  if (!raw) throw new Error('no content.json');
  const content: ReviewBundleContent = reviewBundleContentSchema.parse(parseJsonBytes(raw, { iJson: true }));
  return { opened, content };
}

/** Everything a reader of the workspace can see, to prove a refused call changed nothing. */
async function snapshot(app: ReviewerTestApp) {
  const inbox = await app.ok('reviewer.inbox', {});
  const audit = await app.ok('audit.list', { limit: 500 });
  const details = await Promise.all(
    inbox.items.map((item) => app.ok('reviewer.application', { applicationId: item.applicationId })),
  );
  return { inbox, audit, details };
}

describe('opening an assignment package', () => {
  it('refuses a wrong passphrase and creates nothing, then opens with the right one', async () => {
    const app = reviewerTestApp();
    const pkg = await buildFixturePackage();
    const wrong = await app.call('reviewer.openPackage', {
      source: { bytes: pkg.bytes },
      passphrase: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF',
    });
    expect(wrong).toMatchObject({ ok: false, code: 'bundle.errors.wrongPassphrase' });
    expect((await app.ok('app.info', {})).workspace).toBeNull();
    expect(existsSync(path.join(app.dataDir, 'workspaces'))).toBe(false);

    const opened = await openFixture(app, pkg);
    expect(opened).toMatchObject({
      ok: true,
      value: { outcome: 'created', callCode: 'GX-NSF-2026', packageVersion: 1, added: 3, archived: 0 },
    });
    if (!opened.ok) return;
    expect(opened.value.workspace.role).toBe('reviewer');
    expect(path.dirname(opened.value.workspace.path)).toBe(path.join(app.dataDir, 'workspaces'));
    const inbox = await app.ok('reviewer.inbox', {});
    expect(inbox.reviewer).toMatchObject({ id: 'reviewer-zhang-wei', name: '张伟' });
    expect(inbox.items.map((item) => [item.referenceNo, item.state])).toEqual([
      ['GX-NSF-2026-001', 'not-started'],
      ['GX-NSF-2026-002', 'not-started'],
      ['GX-NSF-2026-003', 'not-started'],
    ]);
    const detail = await app.ok('reviewer.application', { applicationId: 'GX-NSF-2026-002' });
    expect(detail.application.budgetLines).toHaveLength(6);
    expect(detail.application.budgetLines.reduce((sum, line) => sum + line.amount, 0)).toBe(
      detail.application.requestedTotal,
    );
    const [attachment] = detail.application.attachments;
    if (!attachment) throw new Error('no attachment');
    const pdf = await app.ok('reviewer.attachment', { attachmentId: attachment.id });
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
    const listed = pkg.content.applications[1]?.attachments[0];
    expect(pdf.sha256).toBe(listed?.sha256);
  });

  it('refuses a damaged package and leaves an open workspace exactly as it was', async () => {
    const app = reviewerTestApp();
    const pkg = await buildFixturePackage();
    await openFixture(app, pkg);
    await app.ok('reviewer.saveDraft', {
      applicationId: 'GX-NSF-2026-001',
      draft: { scores: { significance: 3 } },
    });
    const before = await snapshot(app);

    const flipped = pkg.bytes.slice();
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 0xff;
    const newer = await buildFixturePackage({ packageVersion: 2 });
    const truncated = newer.bytes.slice(0, newer.bytes.length - 100);
    for (const bytes of [flipped, truncated, new TextEncoder().encode('not a zip at all')]) {
      const result = await app.call('reviewer.openPackage', {
        source: { bytes },
        passphrase: pkg.passphrase,
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.code).toMatch(/^(bundle\.errors\.|reviewer\.errors\.notAPackage$)/);
    }
    expect(await snapshot(app)).toEqual(before);
  });

  it('refuses a package for another reviewer or signed by another office key', async () => {
    const app = reviewerTestApp();
    const pkg = await buildFixturePackage();
    await openFixture(app, pkg);
    const before = await snapshot(app);
    const otherReviewer = await buildFixturePackage({
      callCode: 'GX-OTHER-2026',
      reviewer: { id: 'reviewer-li', name: '李华', email: 'li@example.cn', institution: '广西大学' },
    });
    await expect(openFixture(app, otherReviewer)).resolves.toMatchObject({
      ok: false,
      code: 'reviewer.errors.otherReviewer',
    });
    const forged = await buildFixturePackage({ packageVersion: 2, office: fixtureOffice('mallory') });
    await expect(openFixture(app, forged)).resolves.toMatchObject({
      ok: false,
      code: 'reviewer.errors.officeKeyChanged',
    });
    expect(await snapshot(app)).toEqual(before);
  });

  it('makes the reviewer key once and protects it with the services’ key protector', async () => {
    const key = new Uint8Array(32).fill(7);
    const protector: KeyProtector = {
      kind: 'safe-storage',
      protect: (secret) => aesGcmSeal(key, secret, new Uint8Array(0), seededByteSource('nonce')),
      unprotect: (stored) => {
        const plain = aesGcmOpen(key, stored, new Uint8Array(0));
        if (!plain) throw new Error('cannot unprotect');
        return plain;
      },
    };
    const app = reviewerTestApp({ services: { keyProtector: protector } });
    const pkg = await buildFixturePackage();
    const opened = await openFixture(app, pkg);
    if (!opened.ok) throw new Error(opened.message);
    const db = app.dispatcher.session.require('reviewer').db;
    const stored = findSigningKey(db);
    expect(stored?.protection).toBe('safe-storage');
    expect(stored?.privateKey.length).toBeGreaterThan(32);
    await openFixture(app, await buildFixturePackage({ category: 'lump-sum' }));
    expect(findSigningKey(db)?.publicKey).toBe(stored?.publicKey);

    await app.ok('reviewer.saveDraft', {
      applicationId: 'GX-NSF-2026-001',
      draft: completeDraft(nsfcFixtureRubric()),
    });
    await app.ok('reviewer.submit', { applicationId: 'GX-NSF-2026-001' });
    const exported = await app.ok('reviewer.export', { callId: pkg.content.call.id });
    const { content } = await decryptBundle(exported.bytes as Uint8Array, pkg);
    expect(content.enrolment.signingPublicKey).toBe(stored?.publicKey);

    // The CLI on the same file has no safeStorage: it cannot unlock the key and says so.
    app.dispatcher.session.close();
    const cli = reviewerTestApp({ dataDir: app.dataDir });
    await cli.ok('workspace.open', { path: opened.value.workspace.path });
    await expect(cli.call('reviewer.export', { callId: pkg.content.call.id })).resolves.toMatchObject({
      ok: false,
      code: 'keys.errors.locked',
    });
  });

  it('hides applicant identity in blind review', async () => {
    const app = reviewerTestApp();
    await openFixture(app, await buildFixturePackage({ reviewMode: 'blind' }));
    const inbox = await app.ok('reviewer.inbox', {});
    expect(inbox.items.every((item) => item.applicant === null)).toBe(true);
    const detail = await app.ok('reviewer.application', { applicationId: 'GX-NSF-2026-001' });
    expect(detail.application.applicant).toBeNull();
  });
});

describe('a newer package for the same call', () => {
  it('adds new applications, archives removed ones, and keeps drafts and submitted reviews', async () => {
    const app = reviewerTestApp();
    const apps = await fixtureApplications('GX-NSF-2026', 4);
    const v1 = await buildFixturePackage({ applications: apps.slice(0, 3) });
    await openFixture(app, v1);
    const rubric = nsfcFixtureRubric();
    await app.ok('reviewer.saveDraft', {
      applicationId: 'GX-NSF-2026-001',
      draft: { scores: { significance: 2 } },
    });
    await app.ok('reviewer.saveDraft', { applicationId: 'GX-NSF-2026-002', draft: completeDraft(rubric) });
    const submitted = await app.ok('reviewer.submit', { applicationId: 'GX-NSF-2026-002' });

    const v2 = await buildFixturePackage({ packageVersion: 2, applications: apps.slice(1, 4) });
    const merged = await openFixture(app, v2);
    expect(merged).toMatchObject({
      ok: true,
      value: { outcome: 'updated', packageVersion: 2, previousVersion: 1, added: 1, archived: 1, kept: 2 },
    });
    const inbox = await app.ok('reviewer.inbox', {});
    expect(inbox.items.map((item) => [item.referenceNo, item.state, item.archived])).toEqual([
      ['GX-NSF-2026-001', 'draft', true],
      ['GX-NSF-2026-002', 'submitted', false],
      ['GX-NSF-2026-003', 'not-started', false],
      ['GX-NSF-2026-004', 'not-started', false],
    ]);
    const kept = await app.ok('reviewer.application', { applicationId: 'GX-NSF-2026-001' });
    expect(kept.review?.content.scores).toEqual({ significance: 2 });
    expect(kept.application.archived).toBe(true);
    const stillSubmitted = await app.ok('reviewer.application', { applicationId: 'GX-NSF-2026-002' });
    expect(stillSubmitted.review?.digest).toBe(submitted.digest);
    await expect(
      app.call('reviewer.saveDraft', {
        applicationId: 'GX-NSF-2026-001',
        draft: { scores: { significance: 3 } },
      }),
    ).resolves.toMatchObject({ ok: false, code: 'reviewer.errors.applicationArchived' });

    const before = await snapshot(app);
    for (const stale of [v1, v2]) {
      await expect(openFixture(app, stale)).resolves.toMatchObject({
        ok: true,
        value: { outcome: 'unchanged', previousVersion: 2 },
      });
    }
    expect(await snapshot(app)).toEqual(before);

    // v3 brings the archived application back, with the draft still there.
    const v3 = await buildFixturePackage({ packageVersion: 3, applications: apps });
    await expect(openFixture(app, v3)).resolves.toMatchObject({ ok: true, value: { added: 1, archived: 0 } });
    const back = await app.ok('reviewer.application', { applicationId: 'GX-NSF-2026-001' });
    expect(back.application.archived).toBe(false);
    expect(back.review?.content.scores).toEqual({ significance: 2 });
  });
});

describe('autosave, validation and submit', () => {
  it('commits each save before answering; a fresh process reads it back', async () => {
    const app = reviewerTestApp();
    const opened = await openFixture(app, await buildFixturePackage());
    if (!opened.ok) throw new Error(opened.message);
    const first = await app.ok('reviewer.saveDraft', {
      applicationId: 'GX-NSF-2026-001',
      draft: { scores: { significance: 4, innovation: 3 }, comments: { strengths: '思路新颖' } },
    });
    expect(first).toMatchObject({ revision: 1, exported: false, content: { status: 'draft' } });
    const patched = await app.ok('reviewer.saveDraft', {
      applicationId: 'GX-NSF-2026-001',
      draft: { familiarity: 'somewhat', recommendation: 'fundable' },
    });
    expect(patched.content.scores).toEqual({ significance: 4, innovation: 3 });
    expect(patched.digest).not.toBe(first.digest);
    const same = await app.ok('reviewer.saveDraft', {
      applicationId: 'GX-NSF-2026-001',
      draft: { familiarity: 'somewhat' },
    });
    expect(same).toEqual(patched);

    app.dispatcher.session.close();
    const again = reviewerTestApp({ dataDir: app.dataDir });
    await again.ok('workspace.open', { path: opened.value.workspace.path });
    const read = await again.ok('reviewer.application', { applicationId: 'GX-NSF-2026-001' });
    const { rejected, ...stored } = patched;
    expect(rejected).toEqual([]);
    expect(read.review).toEqual(stored);
    expect(read.review?.digest).toBe(reviewDigest(read.review!.content));
  });

  it('saves every valid field of a draft whose comment is over its limit, and names that one', async () => {
    const app = reviewerTestApp();
    await openFixture(app, await buildFixturePackage({ category: 'lump-sum' }));
    const ref = 'GX-JQ-2026-001';
    const complete = completeDraft(jieqingFixtureRubric());
    const pasted = '评'.repeat(22_500);
    const saved = await app.ok('reviewer.saveDraft', {
      applicationId: ref,
      draft: { ...complete, comments: { ...complete.comments, strengths: pasted } },
    });
    expect(saved.rejected).toEqual([
      {
        field: 'comments.strengths',
        code: 'review.issues.tooLong',
        params: { max: 20000, length: 22_500 },
      },
    ]);
    expect(saved.content.scores).toEqual(complete.scores);
    expect(saved.content.recommendation).toBe(complete.recommendation);
    expect(saved.content.familiarity).toBe(complete.familiarity);
    expect(saved.content.budgetOpinion).toEqual(complete.budgetOpinion);
    expect(saved.content.comments.weaknesses).toBe(complete.comments?.weaknesses);
    expect(saved.content.comments.strengths).toBeUndefined();
    const read = await app.ok('reviewer.application', { applicationId: ref });
    expect(read.review?.content.scores).toEqual(complete.scores);
  });

  it('keeps the stored value of fields off the rubric and refuses incomplete submits, changing nothing', async () => {
    const app = reviewerTestApp();
    await openFixture(app, await buildFixturePackage({ category: 'lump-sum' }));
    const ref = 'GX-JQ-2026-001';
    await app.ok('reviewer.saveDraft', { applicationId: ref, draft: { scores: { achievements: 4 } } });
    const before = await snapshot(app);
    const refusedDrafts: [DraftPatch, string][] = [
      [{ scores: { achievements: 4.5 } }, 'scores.achievements'],
      [{ scores: { achievements: 9 } }, 'scores.achievements'],
      [{ scores: { achievements: 4, novelty: 3 } }, 'scores.novelty'],
      [{ recommendation: 'maybe' }, 'recommendation'],
      [{ comments: { summary: 'x' } }, 'comments.summary'],
      [{ comments: { strengths: '长'.repeat(20001) } }, 'comments.strengths'],
    ];
    for (const [draft, field] of refusedDrafts) {
      const saved = await app.ok('reviewer.saveDraft', { applicationId: ref, draft });
      expect(saved.rejected.map((issue) => issue.field)).toEqual([field]);
      expect(saved.content.scores).toEqual({ achievements: 4 });
    }
    const incomplete = await app.call('reviewer.submit', { applicationId: ref });
    expect(incomplete).toMatchObject({ ok: false, code: 'reviewer.errors.incomplete' });
    if (!incomplete.ok) {
      expect(incomplete.params?.fields).toContain('scores.plan');
      expect(incomplete.params?.fields).toContain('budgetOpinion');
      expect(incomplete.params?.fields).toContain('comments.strengths');
    }
    expect(await snapshot(app)).toEqual(before);

    const tooShort = {
      ...completeDraft(jieqingFixtureRubric()),
      comments: { strengths: '很好', weaknesses: '一般' },
    };
    await app.ok('reviewer.saveDraft', { applicationId: ref, draft: tooShort });
    const short = await app.call('reviewer.submit', { applicationId: ref });
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.params?.fields).toBe('comments.strengths, comments.weaknesses');

    await app.ok('reviewer.saveDraft', { applicationId: ref, draft: completeDraft(jieqingFixtureRubric()) });
    const done = await app.ok('reviewer.submit', { applicationId: ref });
    expect(done).toMatchObject({
      revision: 1,
      content: { status: 'submitted' },
      submittedAt: '2026-11-27T09:00:00.000Z',
    });
    await expect(
      app.call('reviewer.saveDraft', { applicationId: ref, draft: { familiarity: 'unfamiliar' } }),
    ).resolves.toMatchObject({ ok: false, code: 'reviewer.errors.notDraft' });
  });
});

describe('recusal, export and revisions', () => {
  async function scoredWorkspace() {
    const app = reviewerTestApp();
    const pkg = await buildFixturePackage({ category: 'lump-sum' });
    await openFixture(app, pkg);
    const rubric = jieqingFixtureRubric();
    for (const ref of ['GX-JQ-2026-001', 'GX-JQ-2026-002']) {
      await app.ok('reviewer.saveDraft', { applicationId: ref, draft: completeDraft(rubric) });
    }
    await app.ok('reviewer.submit', { applicationId: 'GX-JQ-2026-001' });
    return { app, pkg };
  }

  it('recuses with a type and a reason, discards the draft, and can withdraw', async () => {
    const { app } = await scoredWorkspace();
    const ref = 'GX-JQ-2026-002';
    await expect(
      app.call('reviewer.recuse', { applicationId: ref, recusal: { type: 'collaborator', reason: '   ' } }),
    ).resolves.toMatchObject({ ok: false, code: 'reviewer.errors.incomplete' });
    const recused = await app.ok('reviewer.recuse', {
      applicationId: ref,
      recusal: { type: 'collaborator', reason: '2024 年与申请人合作发表论文' },
    });
    expect(recused.content).toMatchObject({
      status: 'recused',
      scores: {},
      comments: {},
      budgetOpinion: null,
      recusal: { type: 'collaborator', reason: '2024 年与申请人合作发表论文' },
    });
    await expect(app.call('reviewer.submit', { applicationId: ref })).resolves.toMatchObject({
      ok: false,
      code: 'reviewer.errors.recusedNotDraft',
    });
    const inbox = await app.ok('reviewer.inbox', {});
    expect(inbox.items.find((item) => item.referenceNo === ref)).toMatchObject({
      state: 'recused',
      recused: true,
    });
    const withdrawn = await app.ok('reviewer.reopen', { applicationId: ref });
    expect(withdrawn.content).toMatchObject({ status: 'draft', recusal: null });
  });

  it('exports a bundle the office decrypts and verifies: signature, schema, digests, enrolment', async () => {
    const { app, pkg } = await scoredWorkspace();
    await app.ok('reviewer.recuse', {
      applicationId: 'GX-JQ-2026-003',
      recusal: { type: 'same-institution', reason: '与申请人同在广西大学' },
    });
    const summary = await app.ok('reviewer.exportSummary', {});
    expect(summary.calls).toEqual([
      expect.objectContaining({
        callCode: 'GX-JQ-2026',
        assigned: 3,
        submitted: 1,
        recused: 1,
        drafts: 1,
        notStarted: 0,
        open: 1,
        changedSinceExport: 2,
        lastExportedAt: null,
        fileName: 'review-GX-JQ-2026-张伟-20261127-0900.pdrev',
      }),
    ]);
    app.setNow('2026-11-28T13:45:00.000Z');
    const outDir = app.dataDir;
    const exported = await app.ok('reviewer.export', { path: outDir });
    expect(exported).toMatchObject({
      fileName: 'review-GX-JQ-2026-张伟-20261128-1345.pdrev',
      submitted: 1,
      recused: 1,
      open: 1,
      bytes: null,
    });
    const bytes = readFileSync(path.join(outDir, exported.fileName));
    expect(readdirSync(outDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    const { opened, content } = await decryptBundle(bytes, pkg);

    expect(opened.manifest).toMatchObject({
      kind: 'review-bundle',
      callId: pkg.content.call.id,
      callCode: 'GX-JQ-2026',
      sender: { role: 'reviewer', id: 'reviewer-zhang-wei', name: '张伟' },
      recipient: { role: 'office', id: pkg.office.id, encryptionPublicKey: pkg.office.encryption.publicKey },
      encryption: { scheme: 'x25519-hkdf-sha256-aes-256-gcm' },
    });
    expect(opened.signerPublicKey).toBe(content.enrolment.signingPublicKey);
    const secret = base64urlDecode(pkg.content.enrolmentSecret) as Uint8Array;
    const expectedHmac = createHmac('sha256', secret)
      .update(content.enrolment.signingPublicKey, 'utf8')
      .digest('base64url');
    expect(content.enrolment.hmac).toBe(expectedHmac);
    expect(content).toMatchObject({ reviewerId: 'reviewer-zhang-wei', packageVersion: 1 });
    expect(content.reviews.map((review) => [review.content.applicationId, review.content.status])).toEqual([
      ['app-gx-jq-2026-1', 'submitted'],
      ['app-gx-jq-2026-3', 'recused'],
    ]);
    for (const review of content.reviews) {
      expect(review.digest).toBe(reviewDigest(review.content));
      expect(review.revision).toBe(1);
    }
    await expect(
      app.call('reviewer.export', { path: path.join(outDir, exported.fileName) }),
    ).resolves.toMatchObject({
      ok: false,
      code: 'errors.fileExists',
    });
    const again = await app.ok('reviewer.export', { path: outDir });
    expect(again.fileName).toBe('review-GX-JQ-2026-张伟-20261128-1345-2.pdrev');
    const after = await app.ok('reviewer.exportSummary', {});
    expect(after.calls[0]).toMatchObject({
      changedSinceExport: 0,
      lastExportedAt: '2026-11-28T13:45:00.000Z',
    });
    const inbox = await app.ok('reviewer.inbox', {});
    expect(inbox.items.map((item) => item.state)).toEqual(['exported', 'draft', 'exported']);
  });

  it('exports twice unchanged with the same revisions and digests; a change after export raises the revision', async () => {
    const { app, pkg } = await scoredWorkspace();
    const ref = 'GX-JQ-2026-001';
    const first = await decryptBundle((await app.ok('reviewer.export', {})).bytes as Uint8Array, pkg);
    app.setNow('2026-11-27T10:00:00.000Z');
    const second = await decryptBundle((await app.ok('reviewer.export', {})).bytes as Uint8Array, pkg);
    const versions = (content: ReviewBundleContent) =>
      content.reviews.map((review) => [review.content.applicationId, review.revision, review.digest]);
    expect(versions(second.content)).toEqual(versions(first.content));
    expect(second.opened.manifest.bundleId).not.toBe(first.opened.manifest.bundleId);

    const reopened = await app.ok('reviewer.reopen', { applicationId: ref });
    expect(reopened).toMatchObject({ revision: 2, exportedRevision: 1, exported: false });
    const edited = await app.ok('reviewer.saveDraft', {
      applicationId: ref,
      draft: { familiarity: 'somewhat' },
    });
    expect(edited.revision).toBe(2);
    await expect(app.call('reviewer.export', {})).resolves.toMatchObject({
      ok: false,
      code: 'reviewer.errors.nothingToExport',
    });
    const resubmitted = await app.ok('reviewer.submit', { applicationId: ref });
    expect(resubmitted).toMatchObject({ revision: 2, exportedRevision: 1, exported: false });
    const third = await decryptBundle((await app.ok('reviewer.export', {})).bytes as Uint8Array, pkg);
    expect(versions(third.content)).toEqual([
      [first.content.reviews[0]?.content.applicationId, 2, resubmitted.digest],
    ]);
    expect(resubmitted.digest).not.toBe(first.content.reviews[0]?.digest);
    const after = await app.ok('reviewer.application', { applicationId: ref });
    expect(after.review).toMatchObject({ revision: 2, exportedRevision: 2, exported: true });
  });
});

describe('plain words and due dates in the reviewer’s inbox', () => {
  it('says a review bundle or a stray file is not an assignment package, in the user’s language', async () => {
    const app = reviewerTestApp();
    const pkg = await buildFixturePackage({ category: 'lump-sum' });
    await openFixture(app, pkg);
    const ref = 'GX-JQ-2026-001';
    await app.ok('reviewer.saveDraft', { applicationId: ref, draft: completeDraft(jieqingFixtureRubric()) });
    await app.ok('reviewer.submit', { applicationId: ref });
    const exported = await app.ok('reviewer.export', {});
    if (!exported.bytes) throw new Error('no bundle bytes');

    const other = reviewerTestApp();
    const asPackage = await other.dispatcher.invoke(
      'reviewer.openPackage',
      { source: { bytes: exported.bytes }, passphrase: pkg.passphrase },
      { language: 'zh-CN' },
    );
    expect(asPackage).toMatchObject({ ok: false, code: 'reviewer.errors.notAPackageReviewBundle' });
    if (!asPackage.ok) {
      expect(asPackage.message).toContain('此文件不是评审任务包（看起来是评审意见文件');
      expect(asPackage.message).not.toMatch(/ZIP|review-bundle|archive/i);
    }
    const pdf = new TextEncoder().encode('%PDF-1.7\n% not a package at all\n');
    const stray = await other.dispatcher.invoke(
      'reviewer.openPackage',
      { source: { bytes: pdf }, passphrase: pkg.passphrase },
      { language: 'en' },
    );
    expect(stray).toMatchObject({ ok: false, code: 'reviewer.errors.notAPackage' });
    if (!stray.ok) expect(stray.message).not.toMatch(/ZIP|record|archive/i);
    expect((await other.ok('app.info', {})).workspace).toBeNull();
  });

  it('shows each application’s due date and marks open ones overdue by the app’s clock', async () => {
    const app = reviewerTestApp();
    await openFixture(
      app,
      await buildFixturePackage({ category: 'lump-sum', dueAt: '2026-12-15T16:00:00.000Z' }),
    );
    await app.ok('reviewer.saveDraft', {
      applicationId: 'GX-JQ-2026-001',
      draft: completeDraft(jieqingFixtureRubric()),
    });
    await app.ok('reviewer.submit', { applicationId: 'GX-JQ-2026-001' });
    app.setNow('2026-12-15T15:59:59.000Z');
    const before = await app.ok('reviewer.inbox', {});
    expect(before.items.map((item) => [item.dueAt, item.overdue])).toEqual([
      ['2026-12-15T16:00:00.000Z', false],
      ['2026-12-15T16:00:00.000Z', false],
      ['2026-12-15T16:00:00.000Z', false],
    ]);
    app.setNow('2026-12-16T08:00:00.000Z');
    const after = await app.ok('reviewer.inbox', {});
    expect(after.asOf).toBe('2026-12-16T08:00:00.000Z');
    expect(after.items.map((item) => [item.referenceNo, item.overdue])).toEqual([
      ['GX-JQ-2026-001', false],
      ['GX-JQ-2026-002', true],
      ['GX-JQ-2026-003', true],
    ]);
  });
});
