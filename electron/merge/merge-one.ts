import type { Db } from '../../db/connection';
import { applicationReferences, MERGE_AUDIT, type MergeStore } from '../../db/repositories/merge';
import type { BundleReport } from '../../shared/contract/merge';
import { AppError, type ErrorParams } from '../../shared/errors';
import type { Language } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import { checkAndApplyBallots } from './apply-ballots';
import { checkAndApply } from './apply-reviews';
import type { VerifyStageResult } from './verify-stage';

const NOTHING = { new: 0, updated: 0, unchanged: 0, conflicting: 0, recusals: 0 };

/**
 * The check and apply stages for one bundle, and its report: applies a verified bundle (its own atomic unit), or
 * records the refusal in the audit log (refusals are audit-logged only, never in the bundle log,
 * so a refused file can be imported again once its cause is fixed — say, after an assignment).
 */
export function mergeOne(
  db: Db,
  store: MergeStore,
  file: string,
  stage: VerifyStageResult,
  context: { now: string; language: Language },
): BundleReport {
  const { now, language } = context;
  const reviewerOf = (id: string | null) =>
    id === null ? null : { id, name: store.reviewer(id)?.name ?? id };
  if (stage.kind === 'logged') {
    const { logged, digest } = stage;
    store.audit({
      at: now,
      action: MERGE_AUDIT.noop,
      subject: file,
      details: { digest, reviewerId: logged.senderId, importedAt: logged.importedAt },
    });
    return {
      file,
      reviewer: reviewerOf(logged.senderId),
      callId: logged.callId,
      digest,
      status: 'noop',
      ...NOTHING,
      reason: reason('merge.reasons.alreadyImported', { at: logged.importedAt }, language),
    };
  }

  const { outcome } = stage;
  let failure: { code: string; params: ErrorParams };
  if (outcome.ok) {
    const { bundle } = outcome;
    try {
      const receipt = { fileName: file, now };
      const result =
        'ballots' in bundle
          ? checkAndApplyBallots(db, store, bundle, receipt)
          : checkAndApply(store, bundle, receipt);
      const report = {
        ...('ballots' in bundle ? { kind: 'ballot-bundle' as const } : {}),
        file,
        reviewer: { id: bundle.reviewerId, name: result.reviewerName ?? bundle.reviewerId },
        callId: bundle.callId,
        digest: bundle.fileDigest,
      };
      return result.status === 'noop'
        ? {
            ...report,
            status: 'noop',
            ...NOTHING,
            reason: reason('merge.reasons.alreadyImported', { at: result.importedAt }, language),
          }
        : { ...report, status: 'applied', ...result.counts, reason: null };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failure = { code: error.code, params: error.params };
    }
  } else {
    failure = { code: outcome.code, params: outcome.params };
  }

  const bundle = outcome.ok ? outcome.bundle : null;
  const params = nameApplications(db, failure.params);
  store.audit({
    at: now,
    action: MERGE_AUDIT.refused,
    subject: file,
    details: {
      digest: stage.digest,
      reviewerId: bundle?.reviewerId ?? null,
      callId: bundle?.callId ?? null,
      code: failure.code,
      params,
    },
  });
  return {
    file,
    reviewer: reviewerOf(bundle?.reviewerId ?? null),
    callId: bundle?.callId ?? null,
    digest: stage.digest,
    status: 'refused',
    ...NOTHING,
    reason: reason(failure.code, params, language),
  };
}

function reason(code: string, params: ErrorParams, language: Language) {
  return { code, params, message: translate(language, code, params) };
}

/** Messages name applications by reference number, which the officer knows, not by internal id. */
function nameApplications(db: Db, params: ErrorParams): ErrorParams {
  const id = params.application;
  if (typeof id !== 'string') return params;
  const reference = applicationReferences(db, [id]).get(id);
  return reference === undefined ? params : { ...params, application: reference };
}
