import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assignmentStatus,
  countRows,
  declaredConflicts,
  enrolledKey,
  historyOf,
  storedReview,
} from '../../test/support/db/merge-inspect';
import { workspaceDigest } from '../../test/support/db/workspace-digest';
import type { MergeRunResult } from '../../shared/contract/merge';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  recusalReview,
  versioned,
  type Scenario,
} from '../../test/support/merge/scenario';
import { openOfficeWorkspace, type OfficeWorkspace } from '../../test/support/merge/office';

let scenario: Scenario;
let office: OfficeWorkspace;

async function merge(files: { name: string; bytes: Uint8Array }[], language: 'en' | 'zh-CN' = 'en') {
  const result = await office.dispatcher.invoke('merge.importBundles', { files }, { language });
  if (!result.ok) throw new Error(result.message);
  return result.value as MergeRunResult;
}

const count = (table: string, where: Record<string, string | number> = {}) =>
  countRows(office.db, table, where);

beforeEach(async () => {
  scenario = createScenario({ seed: 'merge-basic', reviewers: 3, applications: 6, perReviewer: 4 });
  office = await openOfficeWorkspace(scenario);
});
afterEach(() => office.dispatcher.session.close());

describe('merging review bundles', () => {
  it('applies a valid bundle: reviews, scores, history, enrolment, bundle log and audit', async () => {
    const reviewer = scenario.reviewers[0]!;
    const reviews = reviewer.applications.map((app, i) =>
      versioned(completeReview(scenario, reviewer.id, app, i), 1),
    );
    const bytes = await buildReviewBundle(scenario, reviewer, reviews);
    const { reports, cancelled } = await merge([{ name: 'r1.pdrev', bytes }]);
    expect(cancelled).toBe(false);
    expect(reports).toEqual([
      expect.objectContaining({
        file: 'r1.pdrev',
        status: 'applied',
        reviewer: { id: reviewer.id, name: reviewer.name },
        new: 4,
        updated: 0,
        unchanged: 0,
        conflicting: 0,
        recusals: 0,
        reason: null,
      }),
    ]);
    expect(count('reviews', { reviewer_id: reviewer.id })).toBe(4);
    expect(count('review_scores', { reviewer_id: reviewer.id })).toBe(4 * 3);
    expect(count('review_history', { outcome: 'applied' })).toBe(4);
    expect(count('bundle_log')).toBe(1);
    expect(count('audit_log', { action: 'merge.applied' })).toBe(1);
    expect(enrolledKey(office.db, reviewer.id)).toBe(reviewer.signing.publicKey);
    expect(
      storedReview(office.db, { applicationId: reviewer.applications[0]!, reviewerId: reviewer.id }),
    ).toEqual({
      status: 'submitted',
      digest: reviews[0]!.digest,
      revision: 1,
    });
  });

  it('reports a re-import of the same file as a no-op that changes nothing', async () => {
    const reviewer = scenario.reviewers[1]!;
    const bytes = await buildReviewBundle(scenario, reviewer, [
      versioned(completeReview(scenario, reviewer.id, reviewer.applications[0]!, 2), 1),
    ]);
    await merge([{ name: 'first.pdrev', bytes }]);
    const before = workspaceDigest(office.db);
    const { reports } = await merge([{ name: 'again.pdrev', bytes }], 'zh-CN');
    expect(reports[0]).toMatchObject({
      status: 'noop',
      new: 0,
      reason: { code: 'merge.reasons.alreadyImported' },
    });
    expect(reports[0]?.reason?.message).toContain('未作任何更改');
    expect(workspaceDigest(office.db)).toBe(before);
    expect(count('audit_log', { action: 'merge.noop' })).toBe(1);
  });

  it('takes the greater revision, ignores a replayed older bundle and keeps every version', async () => {
    const reviewer = scenario.reviewers[0]!;
    const app = reviewer.applications[0]!;
    const older = await buildReviewBundle(scenario, reviewer, [
      versioned(completeReview(scenario, reviewer.id, app, 1), 1),
    ]);
    const newer = await buildReviewBundle(scenario, reviewer, [
      versioned(completeReview(scenario, reviewer.id, app, 5), 2),
    ]);
    expect((await merge([{ name: 'newer.pdrev', bytes: newer }])).reports[0]).toMatchObject({ new: 1 });
    const afterNewer = workspaceDigest(office.db, { receipts: 'exclude' });
    expect((await merge([{ name: 'older.pdrev', bytes: older }])).reports[0]).toMatchObject({
      status: 'applied',
      new: 0,
      updated: 0,
      unchanged: 1,
    });
    expect(storedReview(office.db, { applicationId: app, reviewerId: reviewer.id })?.revision).toBe(2);
    expect(historyOf(office.db, { applicationId: app, reviewerId: reviewer.id })).toMatchObject([
      { revision: 1, outcome: 'superseded' },
      { revision: 2, outcome: 'applied' },
    ]);
    // The late older version is recorded in history, nothing else moves.
    expect(workspaceDigest(office.db, { receipts: 'exclude' })).not.toBe(afterNewer);
    const replay = workspaceDigest(office.db);
    expect((await merge([{ name: 'older-again.pdrev', bytes: older }])).reports[0]?.status).toBe('noop');
    expect(workspaceDigest(office.db)).toBe(replay);
  });

  it('keeps both versions of an equal revision as a conflict and uses the greater digest', async () => {
    const reviewer = scenario.reviewers[2]!;
    const app = reviewer.applications[1]!;
    const a = versioned(completeReview(scenario, reviewer.id, app, 3), 4);
    const b = versioned(completeReview(scenario, reviewer.id, app, 7), 4);
    const [winner, loser] = a.digest > b.digest ? [a, b] : [b, a];
    const first = await merge([{ name: 'a.pdrev', bytes: await buildReviewBundle(scenario, reviewer, [a]) }]);
    const second = await merge([
      { name: 'b.pdrev', bytes: await buildReviewBundle(scenario, reviewer, [b]) },
    ]);
    expect(first.reports[0]?.new).toBe(1);
    expect(second.reports[0]).toMatchObject({ status: 'applied', conflicting: 1, updated: 0 });
    expect(count('reviews', { digest: winner.digest })).toBe(1);
    const history = historyOf(office.db, { applicationId: app, reviewerId: reviewer.id });
    expect(
      history
        .map(({ digest, outcome }) => ({ digest, outcome }))
        .sort((x, y) => (x.outcome < y.outcome ? -1 : 1)),
    ).toEqual([
      { digest: winner.digest, outcome: 'applied' },
      { digest: loser.digest, outcome: 'conflict' },
    ]);
    const conflict = await office.dispatcher.invoke(
      'dashboard.conflict',
      { callId: scenario.callId, applicationId: app, reviewerId: reviewer.id },
      { language: 'en' },
    );
    expect(conflict.ok && conflict.value).toMatchObject({
      versions: [
        { digest: winner.digest, current: true },
        { digest: loser.digest, current: false },
      ],
    });
  });

  it('turns a recusal into a recused assignment and a declared conflict, and back when revised', async () => {
    const reviewer = scenario.reviewers[1]!;
    const app = reviewer.applications[2]!;
    const recusal = versioned(recusalReview(scenario, reviewer.id, app), 1);
    const { reports } = await merge([
      { name: 'recuse.pdrev', bytes: await buildReviewBundle(scenario, reviewer, [recusal]) },
    ]);
    expect(reports[0]).toMatchObject({ status: 'applied', new: 1, recusals: 1 });
    const key = { applicationId: app, reviewerId: reviewer.id };
    expect(assignmentStatus(office.db, key)).toBe('recused');
    expect(declaredConflicts(office.db, key)).toEqual([
      { type: 'declared-by-reviewer', source: 'reviewer', reason: recusal.content.recusal?.reason },
    ]);
    expect(count('review_scores', { application_id: app })).toBe(0);

    const revised = versioned(completeReview(scenario, reviewer.id, app, 2), 2);
    await merge([{ name: 'revised.pdrev', bytes: await buildReviewBundle(scenario, reviewer, [revised]) }]);
    expect(assignmentStatus(office.db, key)).toBe('assigned');
    expect(count('conflicts', { application_id: app })).toBe(0);
  });

  it('refuses a bundle from a reviewer whose application is not assigned, and writes nothing', async () => {
    const reviewer = scenario.reviewers[0]!;
    const foreign = scenario.data.applications.find((app) => !reviewer.applications.includes(app.id))!;
    const bytes = await buildReviewBundle(scenario, reviewer, [
      versioned(completeReview(scenario, reviewer.id, reviewer.applications[0]!, 1), 1),
      versioned(completeReview(scenario, reviewer.id, foreign.id, 1), 1),
    ]);
    const before = workspaceDigest(office.db);
    const { reports } = await merge([{ name: 'foreign.pdrev', bytes }]);
    expect(reports[0]).toMatchObject({
      status: 'refused',
      reason: { code: 'merge.errors.notAssigned', params: { application: foreign.referenceNo } },
    });
    expect(reports[0]?.reason?.message).toContain(foreign.referenceNo);
    expect(workspaceDigest(office.db)).toBe(before);
    expect(count('audit_log', { action: 'merge.refused' })).toBe(1);
  });

  it('stops between batches when cancelled: whole bundles applied, the rest listed as not processed', async () => {
    const many = createScenario({ seed: 'merge-cancel', reviewers: 70, applications: 70, perReviewer: 1 });
    const workspace = await openOfficeWorkspace(many);
    const files = await Promise.all(
      many.reviewers.map(async (reviewer, index) => ({
        name: `r${String(index).padStart(2, '0')}.pdrev`,
        bytes: await buildReviewBundle(many, reviewer, [
          versioned(completeReview(many, reviewer.id, reviewer.applications[0]!, index), 1),
        ]),
      })),
    );
    const controller = new AbortController();
    const result = await workspace.dispatcher.invoke(
      'merge.importBundles',
      { files },
      {
        language: 'en',
        signal: controller.signal,
        onProgress: (progress) => progress.done > 0 && controller.abort(),
      },
    );
    if (!result.ok) throw new Error(result.message);
    const run = result.value as MergeRunResult;
    expect(run.cancelled).toBe(true);
    expect(run.reports.length).toBeGreaterThan(0);
    expect(run.reports.length).toBeLessThan(files.length);
    expect(run.reports.every((report) => report.status === 'applied')).toBe(true);
    expect(run.notProcessed).toEqual(files.slice(run.reports.length).map((file) => file.name));
    expect(countRows(workspace.db, 'bundle_log')).toBe(run.reports.length);
    expect(countRows(workspace.db, 'reviews')).toBe(run.reports.length);
    workspace.dispatcher.session.close();
  });
});
