import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../shared/contract';
import { openDemoOffice, DEMO_CALL_ID } from '../../test/results-demo';
import { tempDir, testServices } from '../../test/temp';
import { createApp } from '../app';
import type { Dispatcher } from '../core/registry';

const en = { language: 'en' as const };

async function value<T>(dispatcher: Dispatcher, channel: string, request: unknown): Promise<T> {
  const result = await dispatcher.invokeRaw(channel, request, en);
  if (!result.ok) throw new Error(`${channel}: ${result.code} ${result.message}`);
  return result.value as T;
}

async function refusal(dispatcher: Dispatcher, channel: string, request: unknown): Promise<string> {
  const result = await dispatcher.invokeRaw(channel, request, en);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.code;
}

const members = ['rev-1', 'rev-2', 'rev-3', 'rev-4', 'rev-5'];

/** The demo 杰青 call, ranked by mean, with rev-2 declared conflicted on the best application. */
async function rankedDemo(): Promise<Dispatcher> {
  const dispatcher = createApp(testServices(tempDir()));
  await openDemoOffice(dispatcher, tempDir());
  await value(dispatcher, 'results.rank', { callId: DEMO_CALL_ID, method: 'mean', fundable: 4 });
  await value(dispatcher, 'conflicts.add', {
    callId: DEMO_CALL_ID,
    applicationId: 'app-01',
    reviewerId: 'rev-2',
    reason: '同一课题组',
  });
  return dispatcher;
}

type View = ResponseOf<'panel.get'>;
type Tally = ResponseOf<'panel.tally'>;

describe('panel set-up, ballots and tally', () => {
  it('refuses a panel smaller than the 杰青 minimum of 9 and a call without a panel', async () => {
    const dispatcher = await rankedDemo();
    expect(await refusal(dispatcher, 'panel.get', { callId: DEMO_CALL_ID })).toBe('panel.errors.noPanel');
    expect(
      await refusal(dispatcher, 'panel.setup', {
        callId: DEMO_CALL_ID,
        shortlist: { from: 'top-n', n: 5 },
        members,
      }),
    ).toBe('panel.errors.tooFewMembers');
  });

  it('shortlists the top N plus a manual addition, records conflicts and counts only eligible members', async () => {
    const dispatcher = await rankedDemo();
    const view = await value<View>(dispatcher, 'panel.setup', {
      callId: DEMO_CALL_ID,
      shortlist: { from: 'top-n', n: 3 },
      add: [{ applicationId: 'app-12', reason: '学科布局需要' }],
      members,
      minMembers: 5,
    });
    const active = view.shortlist.filter((row) => row.removedReason === null);
    expect(active.map((row) => row.applicationId)).toContain('app-12');
    expect(active.find((row) => row.applicationId === 'app-12')).toMatchObject({
      source: 'manual',
      reason: '学科布局需要',
    });
    expect(active.filter((row) => row.source === 'top-n')).toHaveLength(3);
    expect(view.shortlist.find((row) => row.applicationId === 'app-01')?.conflictedMembers).toEqual([
      'rev-2',
    ]);

    // The conflicted member is refused; the others vote on paper: 3 for, 1 against.
    expect(
      await refusal(dispatcher, 'panel.ballot.enter', {
        callId: DEMO_CALL_ID,
        applicationId: 'app-01',
        reviewerId: 'rev-2',
        vote: 'for',
      }),
    ).toBe('panel.errors.conflicted');
    const votes = { 'rev-1': 'for', 'rev-3': 'for', 'rev-4': 'against', 'rev-5': 'for' } as const;
    for (const [reviewerId, vote] of Object.entries(votes)) {
      await value(dispatcher, 'panel.ballot.enter', {
        callId: DEMO_CALL_ID,
        applicationId: 'app-01',
        reviewerId,
        vote,
        finalScore: vote === 'for' ? 4.5 : 3,
      });
    }
    // A correction is a new revision, not a second ballot.
    const corrected = await value<{ revision: number }>(dispatcher, 'panel.ballot.enter', {
      callId: DEMO_CALL_ID,
      applicationId: 'app-01',
      reviewerId: 'rev-5',
      vote: 'abstain',
    });
    expect(corrected.revision).toBe(2);

    const tally = await value<Tally>(dispatcher, 'panel.tally', { callId: DEMO_CALL_ID, record: true });
    expect(tally.rule).toEqual({ quorum: 0.6667, majority: '>1/2' });
    const first = tally.applications.find((row) => row.applicationId === 'app-01');
    // 4 eligible (rev-2 conflicted), 4 present: 2 for is not more than half.
    expect(first).toMatchObject({
      eligible: 4,
      present: 4,
      for: 2,
      against: 1,
      abstain: 1,
      recommended: false,
    });
    expect(first?.finalRange).toEqual([3, 4.5]);
    expect(first?.finalMean).toBe(4);
    const other = tally.applications.find((row) => row.applicationId === 'app-12');
    expect(other).toMatchObject({ eligible: 5, present: 0, recommended: false, finalMean: null });

    const audit = await value<{ action: string }[]>(dispatcher, 'audit.list', {});
    const actions = audit.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['panel.setup', 'panel.ballot.paper', 'panel.tally']));
  });

  it('declares the ≥2/3 rule, keeps consensus revisions and locks them', async () => {
    const dispatcher = await rankedDemo();
    await value<View>(dispatcher, 'panel.setup', {
      callId: DEMO_CALL_ID,
      shortlist: { from: 'funded-and-lottery' },
      members,
      minMembers: 5,
    });
    const view = await value<View>(dispatcher, 'panel.rule.set', {
      callId: DEMO_CALL_ID,
      rule: { quorum: 0.5, majority: '>=2/3' },
    });
    expect(view.rule.majority).toBe('>=2/3');
    const target = view.shortlist.find((row) => row.applicationId !== 'app-01')?.applicationId ?? '';
    for (const reviewerId of ['rev-1', 'rev-2', 'rev-3']) {
      await value(dispatcher, 'panel.ballot.enter', {
        callId: DEMO_CALL_ID,
        applicationId: target,
        reviewerId,
        vote: reviewerId === 'rev-3' ? 'against' : 'for',
      });
    }
    const tally = await value<Tally>(dispatcher, 'panel.tally', { callId: DEMO_CALL_ID });
    expect(tally.applications.find((row) => row.applicationId === target)).toMatchObject({
      present: 3,
      for: 2,
      recommended: true,
    });

    await value(dispatcher, 'panel.consensus.save', {
      callId: DEMO_CALL_ID,
      applicationId: target,
      text: '初稿',
      author: 'rev-1',
    });
    await value(dispatcher, 'panel.consensus.save', {
      callId: DEMO_CALL_ID,
      applicationId: target,
      text: '修改稿',
      author: 'rev-1',
    });
    const final = await value<{ revision: number; state: string; text: string }>(
      dispatcher,
      'panel.consensus.finalise',
      {
        callId: DEMO_CALL_ID,
        applicationId: target,
        state: 'locked',
        author: 'officer',
      },
    );
    expect(final).toMatchObject({ revision: 3, state: 'locked', text: '修改稿' });
    expect(
      await refusal(dispatcher, 'panel.consensus.save', {
        callId: DEMO_CALL_ID,
        applicationId: target,
        text: 'x',
        author: 'rev-1',
      }),
    ).toBe('panel.errors.consensusLocked');
    const revisions = await value<{ revision: number; state: string; text: string }[]>(
      dispatcher,
      'panel.consensus.revisions',
      { callId: DEMO_CALL_ID, applicationId: target },
    );
    expect(revisions.map((r) => [r.revision, r.state, r.text])).toEqual([
      [1, 'draft', '初稿'],
      [2, 'draft', '修改稿'],
      [3, 'locked', '修改稿'],
    ]);
    expect(
      await refusal(dispatcher, 'panel.consensus.revisions', {
        callId: DEMO_CALL_ID,
        applicationId: 'app-12',
      }),
    ).toBe('panel.errors.notShortlisted');
  });

  it('refuses a schedule entry for an application that is not shortlisted, changing nothing', async () => {
    const dispatcher = await rankedDemo();
    const view = await value<View>(dispatcher, 'panel.setup', {
      callId: DEMO_CALL_ID,
      shortlist: { from: 'top-n', n: 2 },
      members,
      minMembers: 5,
    });
    const [a, b] = view.shortlist.map((row) => row.applicationId);
    const set = await value<View>(dispatcher, 'panel.schedule.set', {
      callId: DEMO_CALL_ID,
      entries: [
        { applicationId: a, position: 1, date: '2026-12-10', time: '09:00', minutes: 20 },
        { applicationId: b, position: 2, date: '2026-12-10', time: '09:20', minutes: 20 },
      ],
    });
    expect(set.schedule.map((row) => row.applicationId)).toEqual([a, b]);
    expect(
      await refusal(dispatcher, 'panel.schedule.set', {
        callId: DEMO_CALL_ID,
        entries: [{ applicationId: 'app-12', position: 1, date: '2026-12-10', time: '09:00', minutes: 20 }],
      }),
    ).toBe('panel.errors.notShortlisted');
    expect((await value<View>(dispatcher, 'panel.get', { callId: DEMO_CALL_ID })).schedule).toHaveLength(2);
  });

  it('refuses to fund an application the panel did not recommend unless the decision gives a reason', async () => {
    const dispatcher = await rankedDemo();
    await value<View>(dispatcher, 'panel.setup', {
      callId: DEMO_CALL_ID,
      shortlist: { from: 'top-n', n: 2 },
      members,
      minMembers: 5,
      requiresRecommendation: true,
    });
    const fund = (note: string) => ({
      callId: DEMO_CALL_ID,
      decisions: [{ applicationId: 'app-01', outcome: 'fund', amount: 1_000_000, note }],
    });
    expect(await refusal(dispatcher, 'results.decide', fund(''))).toBe('panel.errors.recommendationRequired');
    const view = await value<ResponseOf<'results.view'>>(dispatcher, 'results.view', {
      callId: DEMO_CALL_ID,
    });
    expect(view.applications.find((a) => a.id === 'app-01')?.decision).toBeNull();
    await value(dispatcher, 'results.decide', fund('学科发展急需，主任办公会决定资助'));
    const audit = await value<{ action: string; details: Record<string, unknown> }[]>(
      dispatcher,
      'audit.list',
      {},
    );
    expect(audit.find((entry) => entry.action === 'results.decide')?.details.panelOverride).toBe(true);
  });

  it('packs the feedback letters and the mail-merge list into one ZIP for the screen', async () => {
    const dispatcher = await rankedDemo();
    await value<View>(dispatcher, 'panel.setup', {
      callId: DEMO_CALL_ID,
      shortlist: { from: 'top-n', n: 2 },
      members,
      minMembers: 5,
    });
    type Files = ResponseOf<'panel.feedback'>;
    const loose = await value<Files>(dispatcher, 'panel.feedback', { callId: DEMO_CALL_ID });
    const packed = await value<Files>(dispatcher, 'panel.feedback', {
      callId: DEMO_CALL_ID,
      packaging: 'zip',
    });
    expect(packed.files.map((file) => [file.fileName, file.mediaType])).toEqual([
      ['feedback-JQ-2026.zip', 'application/zip'],
    ]);
    const inside = unzipSync(packed.files[0]?.bytes ?? new Uint8Array());
    expect(Object.keys(inside).sort()).toEqual(loose.files.map((file) => file.fileName).sort());
    expect(Object.keys(inside)).toContain('feedback.csv');
    expect(packed.contents).toEqual(loose.files.map((file) => file.fileName));
    expect(new TextDecoder().decode(inside['feedback.csv'])).toBe(
      new TextDecoder().decode(loose.files.find((file) => file.fileName === 'feedback.csv')?.bytes),
    );
  });
});
