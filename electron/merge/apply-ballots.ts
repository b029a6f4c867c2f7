import type { Db } from '../../db/connection';
import { MERGE_AUDIT, type MergeStore } from '../../db/repositories/merge';
import { ballotUpsert, findPanel, memberBallots } from '../../db/repositories/panel';
import { ballotWins } from '../../shared/domain/panel';
import { AppError } from '../../shared/errors';
import { checkBallotAllowed, panelRoster } from '../panel/ballots';
import { checkSenderKey, type ApplyResult, type BundleCounts } from './check-and-apply';
import type { VerifiedBallotBundle } from './verify-ballots';

/**
 * The check and apply stages for a ballot bundle, in the caller's batch transaction like a review
 * bundle's. Check, before any write: the bundle log (a repeat is a no-op), the sender's key or
 * enrolment proof, the call's panel, and for every ballot that its sender is a member, the
 * application is shortlisted and the member is not conflicted on it (回避) — one refused ballot
 * refuses the bundle. Apply: each ballot replaces the stored one only if its (revision, digest) is
 * greater, so any order and any repeat of the same bundles ends in the same ballots. A paper
 * ballot keeps its `paper` mark until a bundle ballot of a greater revision replaces it.
 * Counts: `new` ballots, `updated` (a newer revision won), `unchanged` (stored one kept).
 */
export function checkAndApplyBallots(
  db: Db,
  store: MergeStore,
  bundle: VerifiedBallotBundle,
  receipt: { fileName: string; now: string },
): ApplyResult {
  const logged = store.loggedBundle(bundle.fileDigest);
  const reviewer = store.reviewer(bundle.reviewerId);
  if (logged) {
    store.audit({
      at: receipt.now,
      action: MERGE_AUDIT.noop,
      subject: receipt.fileName,
      details: { digest: bundle.fileDigest, reviewerId: bundle.reviewerId, importedAt: logged.importedAt },
    });
    return { status: 'noop', reviewerName: reviewer?.name ?? null, importedAt: logged.importedAt };
  }
  if (!reviewer) throw new AppError('merge.errors.unknownReviewer', { reviewer: bundle.reviewerId });
  const enrols = checkSenderKey(reviewer, bundle);
  if (!store.callExists(bundle.callId))
    throw new AppError('merge.errors.unknownCall', { callCode: bundle.callCode });
  if (!findPanel(db, bundle.callId)) throw new AppError('panel.errors.noPanel', { call: bundle.callCode });
  const roster = panelRoster(db, bundle.callId);
  for (const ballot of bundle.ballots) {
    checkBallotAllowed(
      db,
      bundle.callId,
      { applicationId: ballot.applicationId, reviewerId: reviewer.id },
      roster,
    );
  }

  // Verified: from here on only writes.
  if (enrols) store.enrol(reviewer.id, bundle.signingPublicKey);
  const counts: BundleCounts = { new: 0, updated: 0, unchanged: 0, conflicting: 0, recusals: 0 };
  const stored = memberBallots(db, bundle.callId, reviewer.id);
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
      reviewerId: reviewer.id,
      source: 'bundle',
      enteredBy: null,
      receivedAt: receipt.now,
    });
  }
  const report = {
    kind: 'ballot-bundle',
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
    kind: 'ballot-bundle',
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
