import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceDigest } from '../../test/support/db/workspace-digest';
import { runMerge, type MergeInput } from './merge-run';
import {
  cloneOfficeWorkspace,
  openOfficeWorkspace,
  type OfficeWorkspace,
} from '../../test/support/merge/office';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  versioned,
} from '../../test/support/merge/scenario';
import { defaultWorkerCount } from './verify-pool';

/**
 * The same import verified on the applying thread and by a pool of worker threads gives the same
 * reports and the same workspace; a damaged bundle is refused the same way by both.
 */
let inline: OfficeWorkspace;
let pooled: OfficeWorkspace;
let inputs: MergeInput[];

beforeAll(async () => {
  const scenario = createScenario({ seed: 'pool', reviewers: 12, applications: 24, perReviewer: 3 });
  inline = await openOfficeWorkspace(scenario);
  pooled = await cloneOfficeWorkspace(inline);
  inputs = await Promise.all(
    scenario.reviewers.map(async (reviewer, index) => ({
      name: `r${index}.pdrev`,
      source: await buildReviewBundle(
        scenario,
        reviewer,
        reviewer.applications.map((app, k) =>
          versioned(completeReview(scenario, reviewer.id, app, index + k), 1),
        ),
      ),
    })),
  );
  const damaged = (inputs[5]!.source as Uint8Array).slice(0, 500);
  inputs.splice(5, 0, { name: 'damaged.pdrev', source: damaged });
});
afterAll(() => {
  inline.dispatcher.session.close();
  pooled.dispatcher.session.close();
});

const options = (workspace: OfficeWorkspace, workers: number) => ({
  db: workspace.db,
  services: { now: () => new Date('2026-11-27T09:00:00.000Z') },
  language: 'en' as const,
  signal: new AbortController().signal,
  progress: () => undefined,
  workers,
});

describe('verification in worker threads', () => {
  it('gives the same reports and workspace as verification on the applying thread', async () => {
    // Each run gets its own copies: a pool moves byte sources to its workers.
    const copies = () => inputs.map((input) => ({ ...input, source: (input.source as Uint8Array).slice() }));
    const alone = await runMerge(copies(), options(inline, 0));
    const parallel = await runMerge(copies(), options(pooled, 2));
    expect(parallel).toEqual(alone);
    expect(alone.reports.map((report) => report.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
      'refused',
      ...Array(7).fill('applied'),
    ]);
    expect(workspaceDigest(pooled.db)).toBe(workspaceDigest(inline.db));
  });

  it('uses no worker on two cores or fewer, and leaves one core to SQLite above that', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => defaultWorkerCount(cores))).toEqual([0, 0, 2, 3, 4, 4]);
  });
});
