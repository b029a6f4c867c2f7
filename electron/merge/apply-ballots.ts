import type { Db } from '../../db/connection';
import type { MergeStore } from '../../db/repositories/merge';
import { ballotUpsert, findPanel, memberBallots } from '../../db/repositories/panel';
import { ballotWins } from '../../shared/domain/panel';
import { AppError } from '../../shared/errors';
import { checkBallotAllowed, panelRoster } from '../panel/ballots';
import { checkAndApplyBundle, type ApplyResult, type BundleCounts } from './check-and-apply';
import type { VerifiedBallotBundle } from './verify-ballots';

/**
 * The check and apply stages for a ballot bundle, in the caller's batch transaction like a review
 * bundle's (`check-and-apply.ts` for what every bundle goes through). Check: the call's panel, and
 * for every ballot that its sender is a member, the application is shortlisted and the member is
 * not conflicted on it (回避) — one refused ballot refuses the bundle. Apply: each ballot replaces
 * the stored one only if its (revision, digest) is greater, so any order and any repeat of the
 * same bundles ends in the same ballots. A paper ballot keeps its `paper` mark until a bundle
 * ballot of a greater revision replaces it.
 * Counts: `new` ballots, `updated` (a newer revision won), `unchanged` (stored one kept).
 */
export function checkAndApplyBallots(
  db: Db,
  store: MergeStore,
  bundle: VerifiedBallotBundle,
  receipt: { fileName: string; now: string },
): ApplyResult {
  return checkAndApplyBundle(store, bundle, receipt, {
    kind: 'ballot-bundle',
    check(reviewer) {
      if (!findPanel(db, bundle.callId))
        throw new AppError('panel.errors.noPanel', { call: bundle.callCode });
      const roster = panelRoster(db, bundle.callId);
      for (const ballot of bundle.ballots) {
        checkBallotAllowed(
          db,
          bundle.callId,
          { applicationId: ballot.applicationId, reviewerId: reviewer.id },
          roster,
        );
      }
    },
    apply: (reviewerId, now) => writeBallots(db, bundle, reviewerId, now),
  });
}

/** The winner rule per ballot: a greater (revision, digest) replaces the stored ballot. */
function writeBallots(db: Db, bundle: VerifiedBallotBundle, reviewerId: string, now: string): BundleCounts {
  const counts: BundleCounts = { new: 0, updated: 0, unchanged: 0, conflicting: 0, recusals: 0 };
  const stored = memberBallots(db, bundle.callId, reviewerId);
  const upsertBallot = ballotUpsert(db);
  for (const ballot of bundle.ballots) {
    const current = stored.get(ballot.applicationId) ?? null;
    if (!ballotWins(ballot, current)) {
      counts.unchanged += 1;
      continue;
    }
    if (current === null) counts.new += 1;
    else counts.updated += 1;
    upsertBallot(bundle.callId, {
      ...ballot,
      reviewerId,
      source: 'bundle',
      enteredBy: null,
      receivedAt: now,
    });
  }
  return counts;
}
