import { ballotBundleContentSchema, type VersionedBallot } from '../../shared/domain/panel-bundles';
import { AppError } from '../../shared/errors';
import { ballotDigest } from '../panel/ballots';
import { openMemberBundle, type VerifiedMemberBundle, type VerifySnapshot } from './verify-bundle';

/** A ballot bundle that passed the verify stage: what the check stage needs, nothing else. */
export interface VerifiedBallotBundle extends VerifiedMemberBundle {
  kind: 'ballot-bundle';
  /** Sorted by application id. */
  ballots: VersionedBallot[];
}

/**
 * The verify stage for a ballot bundle (投票包), through the same opening as a review bundle's: `openBundle` checks the
 * container, signature (sender checked against the snapshot before decrypting) and decryption;
 * then the content schema, sender consistency, the call, one ballot per application, and each
 * ballot's digest. Membership, the shortlist and conflicts are the check stage's (workspace).
 */
export async function verifyBallotBundle(
  source: string | Uint8Array,
  snapshot: VerifySnapshot,
): Promise<VerifiedBallotBundle> {
  const { sender, content } = await openMemberBundle(
    source,
    snapshot,
    'ballot-bundle',
    ballotBundleContentSchema,
  );
  const seen = new Set<string>();
  for (const ballot of content.ballots) {
    const application = ballot.applicationId;
    if (seen.has(application)) throw new AppError('ballot.errors.duplicateBallot', { application });
    seen.add(application);
    if (ballotDigest({ ...ballot, reviewerId: sender.reviewerId }) !== ballot.digest) {
      throw new AppError('ballot.errors.digestMismatch', { application });
    }
  }
  const ballots = [...content.ballots].sort((a, b) =>
    a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0,
  );
  return { kind: 'ballot-bundle', ...sender, ballots };
}
