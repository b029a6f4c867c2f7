import type { Db } from '../../db/connection';
import { beginMergeSession, createMergeStore } from '../../db/repositories/merge';
import type { Progress } from '../../shared/contract/progress';
import type { BundleReport, MergeRunResult } from '../../shared/contract/merge';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/catalogs';
import type { Services } from '../core/context';
import { mergeOne } from './merge-one';
import { loadVerifySnapshot } from './snapshot';
import { verifyStage, type VerifyStageResult } from './verify-stage';
import { defaultWorkerCount, inlineVerifier, workerVerifier, type Verifier } from './verify-pool';

export interface MergeInput {
  /** The file name shown in reports and logs. */
  name: string;
  /** The bundle bytes, or the path of a file to read (with the container limits) in the verify stage. */
  source: string | Uint8Array;
}

export interface MergeRunOptions {
  db: Db;
  services: Pick<Services, 'now' | 'keyProtector'>;
  language: Language;
  signal: AbortSignal;
  /**
   * Aborted when the workspace is closed or switched during the run: the batch being applied is
   * rolled back, and a run that committed nothing fails with errors.cancelled.
   */
  workspaceClosed?: AbortSignal;
  progress: (progress: Progress) => void;
  /** Worker threads for the verify stage; 0 verifies on this thread. Default: defaultWorkerCount() for large imports. */
  workers?: number;
}

/** Below this many bundles starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 8;
/**
 * A batch (one commit) closes once it holds this many reviews or bundles. Fewer commits write less:
 * each commit writes every index page its batch touched, and review keys are spread over the whole
 * index. The verified batch waits in memory, so the sizes also bound memory.
 */
const BATCH_REVIEWS = 8_000;
const BATCH_BUNDLES = 64;
/** Bundles verified ahead of the one being awaited, so workers never wait for the applier. */
const LOOKAHEAD = 16;

/**
 * Merges many review bundles (and ballot bundles, electron/merge/apply-ballots.ts) in three stages, named alike in files, functions and docs: verify
 * (`verify-stage.ts`, the file alone, in worker threads for large imports) runs ahead while check
 * and apply (`check-and-apply.ts`, through `merge-one.ts`) take the bundles in the given order.
 *
 * Atomicity and durability: the check stage looks at everything about a bundle before its first
 * write, so a refused bundle writes nothing; the verified bundles of a batch are then committed together in one
 * transaction with the connection's `synchronous = FULL`. Per-bundle commits would write every
 * index page a bundle touches once per bundle (review keys are spread over the whole index), about
 * ten times the data of the merge itself; a batch writes each page once. The batch is applied
 * synchronously, after its bundles are verified, so no other request can run inside the open
 * transaction, and an unexpected failure rolls the whole batch back.
 * Cancelling stops between batches: every bundle is then applied entirely or not at all, and the
 * ones not applied are listed. A crash loses at most the batch being written, whole bundles only.
 */
export async function runMerge(
  inputs: readonly MergeInput[],
  options: MergeRunOptions,
): Promise<MergeRunResult> {
  const { db, signal, progress } = options;
  if (inputs.length === 0) throw new AppError('merge.errors.nothingToImport');
  const snapshot = loadVerifySnapshot(db, options.services);
  const workers = options.workers ?? (inputs.length >= WORKER_THRESHOLD ? defaultWorkerCount() : 0);
  const verifier: Verifier = workerVerifier(snapshot, workers) ?? inlineVerifier(snapshot);
  const store = createMergeStore(db);
  const closed = options.workspaceClosed;
  const stopped = () => signal.aborted || closed?.aborted === true;
  const pending: (Promise<VerifyStageResult> | undefined)[] = [];
  // Every look-ahead promise is awaited in order or, when the run stops early, settled in `finally`;
  // the no-op handler keeps a rejection of one not yet awaited from being reported as unhandled.
  const started: Promise<unknown>[] = [];
  const verifyAhead = (from: number) => {
    for (let index = from; index < Math.min(inputs.length, from + LOOKAHEAD); index += 1) {
      if (pending[index]) continue;
      const stage = verifyStage((inputs[index] as MergeInput).source, store, verifier);
      stage.catch(() => undefined);
      started.push(stage);
      pending[index] = stage;
    }
  };

  const reports: BundleReport[] = [];
  let cancelled = false;
  const endSession = beginMergeSession(db);
  try {
    progress({
      done: 0,
      total: inputs.length,
      label: 'merge.progress.merging',
      params: { file: inputs[0]?.name ?? '' },
    });
    while (reports.length < inputs.length && !cancelled) {
      const first = reports.length;
      const batch: VerifyStageResult[] = [];
      let reviews = 0;
      for (
        let index = first;
        index < inputs.length && batch.length < BATCH_BUNDLES && reviews < BATCH_REVIEWS && !stopped();
        index += 1
      ) {
        verifyAhead(index);
        const stage = await (pending[index] as Promise<VerifyStageResult>);
        pending[index] = undefined;
        batch.push(stage);
        reviews += stage.kind === 'checked' && stage.outcome.ok ? itemCount(stage.outcome.bundle) : 0;
      }
      if (stopped()) {
        cancelled = true;
        break;
      }
      try {
        store.atomically(() => {
          batch.forEach((stage, offset) => {
            const input = inputs[first + offset] as MergeInput;
            const now = options.services.now().toISOString();
            reports.push(mergeOne(db, store, input.name, stage, { now, language: options.language }));
            const next = inputs[first + offset + 1];
            progress({
              done: first + offset + 1,
              total: inputs.length,
              label: 'merge.progress.merging',
              params: { file: next?.name ?? input.name },
            });
            if (closed?.aborted) throw new WorkspaceClosed();
          });
        });
      } catch (error) {
        if (!(error instanceof WorkspaceClosed)) throw error;
        // The transaction rolled back: none of this batch was applied.
        reports.length = first;
        cancelled = true;
      }
    }
  } finally {
    endSession();
    await Promise.allSettled(started);
    await verifier.close();
  }
  if (closed?.aborted && reports.length === 0) throw new AppError('errors.cancelled');
  return {
    reports,
    cancelled,
    notProcessed: inputs.slice(reports.length).map((input) => input.name),
  };
}

/** Reviews or ballots a verified bundle carries: what a batch's size is counted in. */
function itemCount(bundle: { reviews: readonly unknown[] } | { ballots: readonly unknown[] }): number {
  return 'ballots' in bundle ? bundle.ballots.length : bundle.reviews.length;
}

/** Thrown inside a batch's transaction to roll it back when the workspace was closed meanwhile. */
class WorkspaceClosed extends Error {}
