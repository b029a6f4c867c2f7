import { describeIssues } from '../../shared/bundle/manifest';
import { storedEntryName } from '../../shared/bundle/names';
import { ballotBundleContentSchema, type VersionedBallot } from '../../shared/domain/panel-bundles';
import { AppError } from '../../shared/errors';
import { parseJsonBytes } from '../../shared/json/parse';
import { openBundle } from '../bundle/envelope';
import { ballotDigest } from '../panel/ballots';
import { checkSender, type VerifySnapshot } from './verify-bundle';

/** A ballot bundle that passed the verify stage: what the check stage needs, nothing else. */
export interface VerifiedBallotBundle {
  kind: 'ballot-bundle';
  fileDigest: string;
  bundleId: string;
  callId: string;
  callCode: string;
  createdAt: string;
  reviewerId: string;
  signingPublicKey: string;
  enrolmentHmac: string;
  packageVersion: number;
  exportedAt: string;
  /** Sorted by application id. */
  ballots: VersionedBallot[];
}

const CONTENT_ENTRY = 'content.json';
const CONTENT_STORED = storedEntryName(CONTENT_ENTRY, true);

/**
 * The verify stage for a ballot bundle (投票包), like a review bundle's: `openBundle` checks the
 * container, signature (sender checked against the snapshot before decrypting) and decryption;
 * then the content schema, sender consistency, the call, one ballot per application, and each
 * ballot's digest. Membership, the shortlist and conflicts are the check stage's (workspace).
 */
export async function verifyBallotBundle(
  source: string | Uint8Array,
  snapshot: VerifySnapshot,
): Promise<VerifiedBallotBundle> {
  const opened = await openBundle(source, {
    expectedKind: 'ballot-bundle',
    decrypt: { privateKey: snapshot.office.encryptionPrivateKey },
    checkSigned: (manifest) => checkSender(manifest, snapshot),
  });
  const { manifest } = opened;
  const raw = parseJsonBytes(opened.entries.get(CONTENT_ENTRY) as Uint8Array, {
    entry: CONTENT_STORED,
    iJson: true,
  });
  const parsed = ballotBundleContentSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('merge.errors.contentInvalid', {
      entry: CONTENT_STORED,
      detail: describeIssues(parsed.error),
    });
  }
  const content = parsed.data;
  const reviewerId = manifest.sender.id;
  if (content.reviewerId !== reviewerId) {
    throw new AppError('merge.errors.senderMismatch', {
      reviewer: reviewerId,
      contentReviewer: content.reviewerId,
    });
  }
  if (content.enrolment.signingPublicKey !== opened.signerPublicKey) {
    throw new AppError('merge.errors.enrolmentKeyMismatch');
  }
  const call = snapshot.calls[manifest.callId];
  if (!call) throw new AppError('merge.errors.unknownCall', { callCode: manifest.callCode });
  if (call.code !== manifest.callCode) {
    throw new AppError('merge.errors.callCodeMismatch', { callCode: manifest.callCode, expected: call.code });
  }
  const seen = new Set<string>();
  for (const ballot of content.ballots) {
    const application = ballot.applicationId;
    if (seen.has(application)) throw new AppError('ballot.errors.duplicateBallot', { application });
    seen.add(application);
    if (ballotDigest({ ...ballot, reviewerId }) !== ballot.digest) {
      throw new AppError('ballot.errors.digestMismatch', { application });
    }
  }
  const ballots = [...content.ballots].sort((a, b) =>
    a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0,
  );
  return {
    kind: 'ballot-bundle',
    fileDigest: opened.digest,
    bundleId: manifest.bundleId,
    callId: manifest.callId,
    callCode: manifest.callCode,
    createdAt: manifest.createdAt,
    reviewerId,
    signingPublicKey: opened.signerPublicKey,
    enrolmentHmac: content.enrolment.hmac,
    packageVersion: content.packageVersion,
    exportedAt: content.exportedAt,
    ballots,
  };
}
