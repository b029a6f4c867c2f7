import type { Db } from '../../db/connection';
import {
  applicationReferences,
  beginFastCommits,
  createMergeStore,
  MERGE_AUDIT,
  type MergeStore,
} from '../../db/repositories/merge';
import type { Progress } from '../../shared/contract/progress';
import type { BundleReport, MergeRunResult } from '../../shared/contract/merge';
import { AppError, type ErrorParams } from '../../shared/errors';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import { sha256Hex } from '../crypto/hash';
import type { Services } from '../core/context';
import { applyVerifiedBundle } from './apply-bundle';
import { loadVerifySnapshot } from './snapshot';
import {
  defaultWorkerCount,
  inlineVerifier,
  workerVerifier,
  type Verifier,
  type VerifyOutcome,
} from './verify-pool';

export interface MergeInput {
  /** The file name shown in reports and logs. */
  name: string;
  /** The bundle bytes, or the path of a file to read (with the container limits) in stage one. */
  source: string | Uint8Array;
}

export interface MergeRunOptions {
  db: Db;
  services: Pick<Services, 'now' | 'keyProtector'>;
  language: Language;
  signal: AbortSignal;
  progress: (progress: Progress) => void;
  /** Worker threads for stage one; 0 verifies on this thread. Default: cores − 1 for large imports. */
  workers?: number;
}

/** Below this many bundles starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 8;

/**
 * Merges many review bundles: stage one (verification, in worker threads for large imports) runs
 * ahead while stage two applies bundle after bundle, in the given order, one transaction each.
 * Cancelling stops between two bundles: every bundle is then applied entirely or not at all, and
 * the ones not reached are listed. Nothing is reported as applied before it is durable on disk.
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
  const lookahead = Math.max(2, workers * 2);
  const pending: Promise<VerifyOutcome>[] = [];
  const startVerifying = (index: number) => {
    const input = inputs[index];
    if (input && pending[index] === undefined) pending[index] = verifier.verify(input.source);
  };

  const reports: BundleReport[] = [];
  let cancelled = false;
  const endFastCommits = beginFastCommits(db);
  try {
    progress({
      done: 0,
      total: inputs.length,
      label: 'merge.progress.merging',
      params: { file: inputs[0]?.name ?? '' },
    });
    for (let index = 0; index < inputs.length; index += 1) {
      for (let ahead = index; ahead <= index + lookahead; ahead += 1) startVerifying(ahead);
      const input = inputs[index] as MergeInput;
      if (signal.aborted) {
        cancelled = true;
        break;
      }
      const outcome = await (pending[index] as Promise<VerifyOutcome>);
      delete pending[index];
      if (signal.aborted) {
        cancelled = true;
        break;
      }
      reports.push(mergeOne(db, store, input, outcome, options));
      progress({
        done: index + 1,
        total: inputs.length,
        label: 'merge.progress.merging',
        params: { file: input.name },
      });
    }
  } finally {
    endFastCommits();
    await verifier.close();
  }
  return {
    reports,
    cancelled,
    notProcessed: inputs.slice(reports.length).map((input) => input.name),
  };
}

function mergeOne(
  db: Db,
  store: MergeStore,
  input: MergeInput,
  outcome: VerifyOutcome,
  options: MergeRunOptions,
): BundleReport {
  const now = options.services.now().toISOString();
  const empty = { new: 0, updated: 0, unchanged: 0, conflicting: 0, recusals: 0 };
  let failure: { code: string; params: ErrorParams };
  let reviewerId: string | null = null;
  let digest: string | null = null;
  let callId: string | null = null;
  if (outcome.ok) {
    const bundle = outcome.bundle;
    reviewerId = bundle.reviewerId;
    digest = bundle.fileDigest;
    callId = bundle.callId;
    try {
      const result = applyVerifiedBundle(db, store, bundle, { fileName: input.name, now });
      const reviewer = { id: bundle.reviewerId, name: result.reviewerName ?? bundle.reviewerId };
      if (result.status === 'noop') {
        const reason = { code: 'merge.reasons.alreadyImported', params: { at: result.importedAt } };
        return {
          file: input.name,
          reviewer,
          callId,
          digest,
          status: 'noop',
          ...empty,
          reason: withMessage(reason, options.language),
        };
      }
      return {
        file: input.name,
        reviewer,
        callId,
        digest,
        status: 'applied',
        ...result.counts,
        reason: null,
      };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failure = { code: error.code, params: error.params };
    }
  } else {
    failure = { code: outcome.code, params: outcome.params };
    if (typeof input.source !== 'string') digest = sha256Hex(input.source);
  }
  const params = nameApplications(db, failure.params);
  const reviewer =
    reviewerId === null ? null : { id: reviewerId, name: store.reviewer(reviewerId)?.name ?? reviewerId };
  store.audit({
    at: now,
    action: MERGE_AUDIT.refused,
    subject: input.name,
    details: { digest, reviewerId, callId, code: failure.code, params },
  });
  return {
    file: input.name,
    reviewer,
    callId,
    digest,
    status: 'refused',
    ...empty,
    reason: withMessage({ code: failure.code, params }, options.language),
  };
}

function withMessage(reason: { code: string; params: ErrorParams }, language: Language) {
  return { ...reason, message: translate(language, reason.code, reason.params) };
}

/** Messages name applications by reference number, which the officer knows, not by internal id. */
function nameApplications(db: Db, params: ErrorParams): ErrorParams {
  const id = params.application;
  if (typeof id !== 'string') return params;
  const reference = applicationReferences(db, [id]).get(id);
  return reference === undefined ? params : { ...params, application: reference };
}
