import {
  MERGE_AUDIT,
  type MergeStore,
  type ReviewerIdentity,
  type ReviewRow,
} from '../../db/repositories/merge';
import { compareVersions } from '../../shared/domain/review';
import { AppError } from '../../shared/errors';
import { enrolmentProofValid } from '../crypto/enrolment';
import { reviewRow } from './review-row';
import type { VerifiedBundle } from './verify-bundle';

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
 * The check and apply stages of a merge. Check: everything that needs the workspace (bundle log,
 * reviewer, signing key or enrolment proof, call, assignments). Apply: every write. Every check
 * comes before the first write,
 * so a refusal (a thrown AppError) has written nothing. Runs inside the caller's transaction — the
 * batch transaction of `runMerge` — which makes the bundle durable with its batch, or not at all:
 * an unexpected failure while writing (say, a full disk) rolls back the whole batch. A savepoint
 * per bundle would cost a quarter of the merge time (SQLite copies every page it touches again
 * into the statement journal) and buy nothing, since no check follows a write.
 *
 * An assignment of any status counts: a reviewer may recuse from (or finish) an assignment the office
 * released meanwhile, and acceptance must not depend on what earlier merges did, or the result would
 * depend on bundle order.
 */
export function checkAndApply(
  store: MergeStore,
  bundle: VerifiedBundle,
  receipt: { fileName: string; now: string },
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
  const assigned = store.assignedApplications(bundle.callId, reviewer.id);
  for (const review of bundle.reviews) {
    if (!assigned.has(review.applicationId)) {
      throw new AppError('merge.errors.notAssigned', {
        application: review.applicationId,
        reviewer: reviewer.name,
      });
    }
  }

  // Verified: from here on only writes.
  if (enrols) store.enrol(reviewer.id, bundle.signingPublicKey);
  const counts = writeReviews(store, bundle, reviewer.id, receipt.now);
  const report = {
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

/** The winner rule per review key; see db/repositories/merge.ts for the invariants kept. */
function writeReviews(
  store: MergeStore,
  bundle: VerifiedBundle,
  reviewerId: string,
  now: string,
): BundleCounts {
  const counts: BundleCounts = { new: 0, updated: 0, unchanged: 0, conflicting: 0, recusals: 0 };
  const { callId, fileDigest } = bundle;
  const current = store.currentVersions(callId, reviewerId);
  const win = (review: ReviewRow, exists: boolean, wasRecused: boolean) => {
    store.writeWinner(callId, reviewerId, review, exists, now);
    store.recordVersion(callId, reviewerId, review, 'applied', fileDigest, now);
    if (review.status === 'recused') {
      store.recuse(callId, review.applicationId, reviewerId, review.recusalReason ?? '', now);
      counts.recusals += 1;
    } else if (wasRecused) {
      store.withdrawRecusal(callId, review.applicationId, reviewerId);
    }
  };
  for (const verified of bundle.reviews) {
    const review = reviewRow(verified);
    const winner = current.get(review.applicationId);
    if (!winner) {
      win(review, false, false);
      counts.new += 1;
      continue;
    }
    const order = compareVersions(review, winner);
    if (order === 0) {
      counts.unchanged += 1;
    } else if (order > 0) {
      if (review.revision > winner.revision) {
        store.supersedeBelow(callId, review.applicationId, reviewerId, review.revision);
        counts.updated += 1;
      } else {
        store.markConflict(callId, review.applicationId, reviewerId, winner.revision, winner.digest);
        counts.conflicting += 1;
      }
      win(review, true, winner.status === 'recused');
    } else {
      const outcome = review.revision === winner.revision ? 'conflict' : 'superseded';
      const added = store.recordVersion(callId, reviewerId, review, outcome, fileDigest, now);
      if (added && outcome === 'conflict') counts.conflicting += 1;
      else counts.unchanged += 1;
    }
  }
  return counts;
}
