import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVerifySnapshot } from './snapshot';
import { openOfficeWorkspace, type OfficeWorkspace } from '../../test/support/merge/office';
import {
  buildReviewBundle,
  completeReview,
  createScenario,
  versioned,
} from '../../test/support/merge/scenario';
import type { VerifySnapshot } from './verify-bundle';
import { verifyOutcome, type VerifyOutcome, type WorkerMessage } from './verify-pool';

/**
 * The worker as shipped: out/electron/verify-worker.mjs, bundled by scripts/build-electron.mjs (the
 * vitest global setup builds it before the tests run), answers exactly as verification on the
 * calling thread does.
 */
const root = path.resolve(import.meta.dirname, '../..');
const builtWorker = path.join(root, 'out', 'electron', 'verify-worker.mjs');

let office: OfficeWorkspace;
let snapshot: VerifySnapshot;
let good: Uint8Array;

beforeAll(async () => {
  const scenario = createScenario({ seed: 'built-worker', reviewers: 2, applications: 4, perReviewer: 2 });
  office = await openOfficeWorkspace(scenario);
  snapshot = loadVerifySnapshot(office.db, {});
  const reviewer = scenario.reviewers[0]!;
  good = await buildReviewBundle(
    scenario,
    reviewer,
    reviewer.applications.map((app, k) => versioned(completeReview(scenario, reviewer.id, app, k), 1)),
  );
});
afterAll(() => office.dispatcher.session.close());

async function verifyInWorker(sources: Uint8Array[]): Promise<VerifyOutcome[]> {
  const worker = new Worker(builtWorker, { workerData: snapshot });
  try {
    const outcomes = new Map<number, VerifyOutcome>();
    await new Promise<void>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (message: WorkerMessage) => {
        if ('ready' in message) {
          sources.forEach((source, id) => worker.postMessage({ id, source }));
          return;
        }
        outcomes.set(message.id, message.outcome);
        if (outcomes.size === sources.length) resolve();
      });
    });
    return sources.map((_, id) => outcomes.get(id)!);
  } finally {
    await worker.terminate();
  }
}

describe('the built verification worker', () => {
  it('verifies and refuses bundles as the calling thread does', async () => {
    const damaged = good.slice(0, 500);
    const fromWorker = await verifyInWorker([good.slice(), damaged.slice()]);
    const inline = [await verifyOutcome(good.slice(), snapshot), await verifyOutcome(damaged, snapshot)];
    expect(fromWorker).toEqual(inline);
    expect(fromWorker.map((outcome) => outcome.ok)).toEqual([true, false]);
  });
});
