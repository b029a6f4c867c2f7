import type { MergeStore, ReviewRow } from '../../db/repositories/merge';
import { compareVersions } from '../../shared/domain/review';
import { AppError } from '../../shared/errors';
import { checkAndApplyBundle, type ApplyResult, type BundleCounts } from './check-and-apply';
import { reviewRow } from './review-row';
import type { VerifiedBundle } from './verify-bundle';

/**
 * The check and apply stages for a review bundle (`check-and-apply.ts` for what every bundle
 * goes through). Check: every review is of an assignment of its sender. An assignment of any status
 * counts: a reviewer may recuse from (or finish) an assignment the office released meanwhile, and
 * acceptance must not depend on what earlier merges did, or the result would depend on bundle
 * order. Apply: the winner rule per review key.
 */
export function checkAndApply(
  store: MergeStore,
  bundle: VerifiedBundle,
  receipt: { fileName: string; now: string },
): ApplyResult {
  return checkAndApplyBundle(store, bundle, receipt, {
    check(reviewer) {
      const assigned = store.assignedApplications(bundle.callId, reviewer.id);
      for (const review of bundle.reviews) {
        if (!assigned.has(review.applicationId)) {
          throw new AppError('merge.errors.notAssigned', {
            application: review.applicationId,
            reviewer: reviewer.name,
          });
        }
      }
    },
    apply: (reviewerId, now) => writeReviews(store, bundle, reviewerId, now),
  });
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
