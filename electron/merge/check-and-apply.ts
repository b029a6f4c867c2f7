import { MERGE_AUDIT, type MergeStore, type ReviewerIdentity } from '../../db/repositories/merge';
import { AppError } from '../../shared/errors';
import { enrolmentProofValid } from '../crypto/enrolment';
import type { VerifiedMemberBundle } from './verify-bundle';

export interface BundleCounts {
  new: number;
  updated: number;
  unchanged: number;
  conflicting: number;
  recusals: number;
}

export type ApplyResult =
  | { status: 'applied'; reviewerName: string; counts: BundleCounts }
  | { status: 'noop'; reviewerName: string | null; importedAt: string };

/**
 * What one kind of reviewer's bundle adds to the check and apply stages every bundle goes through,
 * for the bundle at hand.
 */
export interface BundleIntake {
  /** Named in the bundle log and the report; review bundles are the log's default and name none. */
  kind?: 'ballot-bundle';
  /** The checks of the content against the workspace: a refusal throws an AppError, writing nothing. */
  check(reviewer: ReviewerIdentity): void;
  /** Every write of the content, once everything is checked. */
  apply(reviewerId: string, now: string): BundleCounts;
}

/**
 * The check and apply stages of a merge. Check: everything that needs the workspace (bundle log,
 * reviewer, signing key or enrolment proof, call, then the kind's own checks). Apply: every write.
 * Every check comes before the first write,
 * so a refusal (a thrown AppError) has written nothing. Runs inside the caller's transaction — the
 * batch transaction of `runMerge` — which makes the bundle durable with its batch, or not at all:
 * an unexpected failure while writing (say, a full disk) rolls back the whole batch. A savepoint
 * per bundle would cost a quarter of the merge time (SQLite copies every page it touches again
 * into the statement journal) and buy nothing, since no check follows a write.
 * A bundle already in the bundle log is a no-op, audited as one.
 */
export function checkAndApplyBundle(
  store: MergeStore,
  bundle: VerifiedMemberBundle,
  receipt: { fileName: string; now: string },
  intake: BundleIntake,
): ApplyResult {
  const logged = store.loggedBundle(bundle.fileDigest);
  const reviewer = store.reviewer(bundle.reviewerId);
  if (logged) {
    store.audit({
      at: receipt.now,
      action: MERGE_AUDIT.noop,
      subject: receipt.fileName,
      details: {
        digest: bundle.fileDigest,
        reviewerId: bundle.reviewerId,
        importedAt: logged.importedAt,
      },
    });
    return { status: 'noop', reviewerName: reviewer?.name ?? null, importedAt: logged.importedAt };
  }
  if (!reviewer) throw new AppError('merge.errors.unknownReviewer', { reviewer: bundle.reviewerId });
  const enrols = checkSenderKey(reviewer, bundle);
  if (!store.callExists(bundle.callId)) {
    throw new AppError('merge.errors.unknownCall', { callCode: bundle.callCode });
  }
  intake.check(reviewer);

  // Verified: from here on only writes.
  if (enrols) store.enrol(reviewer.id, bundle.signingPublicKey);
  const counts = intake.apply(reviewer.id, receipt.now);
  const report = {
    ...(intake.kind ? { kind: intake.kind } : {}),
    bundleId: bundle.bundleId,
    reviewerId: reviewer.id,
    createdAt: bundle.createdAt,
    exportedAt: bundle.exportedAt,
    packageVersion: bundle.packageVersion,
    enrolled: enrols,
    ...counts,
  };
  store.logBundle({
    digest: bundle.fileDigest,
    ...(intake.kind ? { kind: intake.kind } : {}),
    fileName: receipt.fileName,
    callId: bundle.callId,
    senderId: reviewer.id,
    report,
    importedAt: receipt.now,
  });
  store.audit({
    at: receipt.now,
    action: MERGE_AUDIT.applied,
    subject: receipt.fileName,
    details: { digest: bundle.fileDigest, callId: bundle.callId, ...report },
  });
  return { status: 'applied', reviewerName: reviewer.name, counts };
}

/**
 * The sender's key against the workspace: the key the reviewer enrolled, or (before they enrolled)
 * any key with a valid enrolment proof, which the bundle then enrols. Returns whether it enrols.
 * Shared by review and ballot bundles: one key per person, whatever they send.
 */
export function checkSenderKey(
  reviewer: ReviewerIdentity,
  bundle: { signingPublicKey: string; enrolmentHmac: string },
): boolean {
  if (reviewer.signingPublicKey !== null) {
    if (reviewer.signingPublicKey !== bundle.signingPublicKey) {
      throw new AppError('merge.errors.unknownKey', { reviewer: reviewer.name });
    }
    return false;
  }
  if (reviewer.enrolmentSecret === null)
    throw new AppError('merge.errors.notEnrolled', { reviewer: reviewer.name });
  if (!enrolmentProofValid(reviewer.enrolmentSecret, bundle.signingPublicKey, bundle.enrolmentHmac)) {
    throw new AppError('merge.errors.enrolmentInvalid', { reviewer: reviewer.name });
  }
  return true;
}
