import { beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf } from '../../shared/contract';
import { expectOk } from '../../test/support/dispatch';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  recusalReview,
  versioned,
  type Scenario,
} from '../../test/support/merge/scenario';
import { openOfficeWorkspace, type OfficeWorkspace } from '../../test/support/merge/office';

/**
 * The dashboard after real merges, with the test clock at 2026-11-27T09:00Z and the call due on
 * 2026-11-20: reviewer 1 sent everything (with one conflicting version), reviewer 2 one review and
 * one recusal, reviewer 3 nothing (one of theirs is due today, so not yet overdue).
 */
let scenario: Scenario;
let office: OfficeWorkspace;

const value = <C extends ChannelName>(channel: C, request: RequestOf<C>) =>
  expectOk(office.dispatcher, channel, request);

beforeAll(async () => {
  scenario = createScenario({
    seed: 'dashboard',
    reviewers: 3,
    applications: 6,
    perReviewer: 4,
    reviewDueAt: '2026-11-20',
  });
  const [, , third] = scenario.reviewers;
  const dueToday = scenario.data.assignments.find((a) => a.reviewerId === third!.id)!;
  dueToday.dueAt = '2026-11-27';
  office = await openOfficeWorkspace(scenario);
  const [first, second] = scenario.reviewers;
  const bundles = [
    await buildReviewBundle(
      scenario,
      first!,
      first!.applications.map((app, i) => versioned(completeReview(scenario, first!.id, app, i), 1)),
    ),
    await buildReviewBundle(scenario, first!, [
      versioned(completeReview(scenario, first!.id, first!.applications[0]!, 9), 1),
    ]),
    await buildReviewBundle(scenario, second!, [
      versioned(completeReview(scenario, second!.id, second!.applications[0]!, 1), 1),
      versioned(recusalReview(scenario, second!.id, second!.applications[1]!), 1),
    ]),
  ];
  const merged = await office.dispatcher.invoke(
    'merge.importBundles',
    { files: bundles.map((bytes, i) => ({ name: `${i}.pdrev`, bytes })) },
    { language: 'en' },
  );
  if (!merged.ok) throw new Error(merged.message);
});

describe('review progress dashboard', () => {
  it('counts assigned, received, recused, outstanding and overdue per call', async () => {
    const [call] = await value('dashboard.calls', {});
    expect(call).toMatchObject({
      id: scenario.callId,
      assigned: 12,
      received: 5,
      recused: 1,
      outstanding: 6,
      overdue: 5,
      conflicts: 1,
    });
  });

  it('lists reviewers, applications, whom to chase, recusals and conflicts', async () => {
    const dashboard = await value('dashboard.call', { callId: scenario.callId });
    const [first, second, third] = scenario.reviewers;
    const byId = new Map(dashboard.reviewers.map((row) => [row.id, row]));
    expect(byId.get(first!.id)).toMatchObject({ received: 4, outstanding: 0, overdue: 0 });
    expect(byId.get(second!.id)).toMatchObject({ received: 1, recused: 1, outstanding: 2, overdue: 2 });
    expect(byId.get(third!.id)).toMatchObject({
      received: 0,
      outstanding: 4,
      overdue: 3,
      lastBundleAt: null,
    });
    expect(byId.get(first!.id)?.lastBundleAt).not.toBeNull();

    expect(dashboard.chase.map((row) => [row.reviewerId, row.outstanding, row.overdue])).toEqual([
      [third!.id, 4, 3],
      [second!.id, 2, 2],
    ]);
    expect(dashboard.recusals).toEqual([
      expect.objectContaining({ reviewerId: second!.id, applicationId: second!.applications[1] }),
    ]);
    expect(dashboard.conflicts).toEqual([
      expect.objectContaining({ reviewerId: first!.id, applicationId: first!.applications[0], versions: 2 }),
    ]);
    const total = dashboard.applications.reduce((sum, row) => sum + row.assigned, 0);
    expect(total).toBe(12);
  });

  it('refuses an unknown call with a translated message', async () => {
    const result = await office.dispatcher.invoke(
      'dashboard.call',
      { callId: 'nope' },
      { language: 'zh-CN' },
    );
    expect(result).toMatchObject({ ok: false, code: 'merge.dashboard.errors.unknownCall' });
    expect(result.ok ? '' : result.message).toContain('nope');
  });
});
