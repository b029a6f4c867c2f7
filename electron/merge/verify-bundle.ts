import { hash } from 'node:crypto';
import type { z } from 'zod';
import { describeIssues } from '../../shared/bundle/manifest';
import { storedEntryName } from '../../shared/bundle/names';
import { reviewBundleContentSchema } from '../../shared/domain/review-bundle';
import { validateReview, type ReviewIssueCode } from '../../shared/domain/review-validation';
import type { Rubric } from '../../shared/domain/rubric';
import { AppError } from '../../shared/errors';
import type { MessageKey } from '../../shared/i18n/message-key';
import { parseJsonBytes } from '../../shared/json/parse';
import type { BundleManifest } from '../../shared/bundle/manifest';
import { openBundle } from '../bundle/envelope';
import { verifiedReview, type VerifiedReview } from './review-row';

/**
 * The verify stage of a merge: everything about a review bundle that can be checked from the file alone and
 * the office's keys and rubrics, with no access to the workspace (so it can run in a worker thread).
 * Container, names, manifest, per-entry SHA-256, signature and decryption are `openBundle`'s, with
 * the sender checked against the snapshot right after the signature and before decryption; then
 * the content: strict UTF-8 JSON, schema, sender consistency, call, each review on the rubric's
 * scales and matching its digest. The check stage (`check-and-apply.ts`) checks the sender's key and the
 * assignments against the workspace inside the bundle's transaction.
 */
export interface VerifySnapshot {
  office: { encryptionPublicKey: string; encryptionPrivateKey: string };
  /** Every call of the workspace by id, with the rubric of its current version. */
  calls: Record<string, { code: string; rubric: Rubric | null }>;
  /**
   * Every reviewer by id as at the start of the merge run: the signing key they enrolled, or
   * whether they hold an enrolment secret. Keys only go from none to one during a run, so a
   * sender refused on this snapshot would be refused by the check stage as well.
   */
  senders: Record<string, { name: string; signingPublicKey: string | null; canEnrol: boolean }>;
}

/** What the check stage needs of any reviewer's bundle, whatever it carries: sender, call, key. */
export interface VerifiedMemberBundle {
  /** SHA-256 of the whole file: the bundle log key. */
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
}

export interface VerifiedBundle extends VerifiedMemberBundle {
  /** Sorted by application id, which keeps the workspace's B-tree writes close together. */
  reviews: VerifiedReview[];
}

const CONTENT_ENTRY = 'content.json';
const CONTENT_STORED = storedEntryName(CONTENT_ENTRY, true);

/**
 * Runs on the signed manifest before anything is decrypted or parsed: the bundle must be for this
 * office and come from a reviewer of this workspace, signed by the key they enrolled — or, before
 * they enrolled, by any key while they hold an enrolment secret (the proof is inside the
 * encrypted content, so the check stage checks it). A stranger's bundle costs a signature check only.
 */
function checkSender(manifest: BundleManifest, snapshot: VerifySnapshot): void {
  if (manifest.recipient.encryptionPublicKey !== snapshot.office.encryptionPublicKey) {
    throw new AppError('merge.errors.wrongRecipient');
  }
  const sender = Object.hasOwn(snapshot.senders, manifest.sender.id)
    ? snapshot.senders[manifest.sender.id]
    : undefined;
  if (!sender) throw new AppError('merge.errors.unknownReviewer', { reviewer: manifest.sender.id });
  if (sender.signingPublicKey !== null) {
    if (sender.signingPublicKey !== manifest.sender.signingPublicKey)
      throw new AppError('merge.errors.unknownKey', { reviewer: sender.name });
  } else if (!sender.canEnrol) {
    throw new AppError('merge.errors.notEnrolled', { reviewer: sender.name });
  }
}

/** What review and ballot bundles' content both say about their sender and the package answered. */
interface MemberContent {
  reviewerId: string;
  enrolment: { signingPublicKey: string; hmac: string };
  packageVersion: number;
  exportedAt: string;
}

/**
 * The verify stage shared by a reviewer's bundles (review and ballot): `openBundle` checks the
 * container, the signature (the sender against the snapshot before anything is decrypted) and
 * decryption; then the content against `schema`, that it names the manifest's sender and the key
 * that signed it, and that its call is one of this workspace's under the same code. `sender` is
 * what the check stage needs of it besides the content.
 */
export async function openMemberBundle<T extends MemberContent>(
  source: string | Uint8Array,
  snapshot: VerifySnapshot,
  kind: 'review-bundle' | 'ballot-bundle',
  schema: z.ZodType<T>,
) {
  const opened = await openBundle(source, {
    expectedKind: kind,
    decrypt: { privateKey: snapshot.office.encryptionPrivateKey },
    checkSigned: (manifest) => checkSender(manifest, snapshot),
  });
  const { manifest } = opened;
  const entry = opened.entries.get(CONTENT_ENTRY);
  if (!entry) throw new AppError('bundle.errors.requiredEntryMissing', { entry: CONTENT_ENTRY, kind });
  const parsed = schema.safeParse(parseJsonBytes(entry, { entry: CONTENT_STORED, iJson: true }));
  if (!parsed.success) {
    throw new AppError('merge.errors.contentInvalid', {
      entry: CONTENT_STORED,
      detail: describeIssues(parsed.error),
    });
  }
  const content = parsed.data;
  if (content.reviewerId !== manifest.sender.id) {
    throw new AppError('merge.errors.senderMismatch', {
      reviewer: manifest.sender.id,
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
  const sender: VerifiedMemberBundle = {
    fileDigest: opened.digest,
    bundleId: manifest.bundleId,
    callId: manifest.callId,
    callCode: manifest.callCode,
    createdAt: manifest.createdAt,
    reviewerId: manifest.sender.id,
    signingPublicKey: opened.signerPublicKey,
    enrolmentHmac: content.enrolment.hmac,
    packageVersion: content.packageVersion,
    exportedAt: content.exportedAt,
  };
  return { sender, content, call };
}

export async function verifyReviewBundle(
  source: string | Uint8Array,
  snapshot: VerifySnapshot,
): Promise<VerifiedBundle> {
  const { sender, content, call } = await openMemberBundle(
    source,
    snapshot,
    'review-bundle',
    reviewBundleContentSchema,
  );
  if (!call.rubric) throw new AppError('merge.errors.noRubric', { callCode: call.code });

  const seen = new Set<string>();
  const reviews: VerifiedReview[] = [];
  for (const versioned of content.reviews) {
    const review = versioned.content;
    const application = review.applicationId;
    if (seen.has(application)) throw new AppError('merge.errors.duplicateReview', { application });
    seen.add(application);
    if (review.callId !== sender.callId) throw new AppError('merge.errors.reviewOtherCall', { application });
    if (review.reviewerId !== sender.reviewerId)
      throw new AppError('merge.errors.reviewOtherReviewer', { application });
    if (review.status === 'draft') throw new AppError('merge.errors.draftReview', { application });
    const [issue] = validateReview(call.rubric, review);
    if (issue) {
      throw new AppError(reviewRefusals[issue.code], { application, field: issue.field, ...issue.params });
    }
    // The schema output is the content itself (no defaults or transforms), so the row's canonical
    // text hashes to exactly reviewDigest(content), without parsing or serializing it twice.
    const verified = verifiedReview(review, versioned.revision, versioned.digest);
    if (hash('sha256', verified.contentJson, 'hex') !== versioned.digest) {
      throw new AppError('merge.errors.digestMismatch', { application });
    }
    reviews.push(verified);
  }
  reviews.sort((a, b) =>
    a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0,
  );
  return { ...sender, reviews };
}

/** The merge refusal for each way a review fails validation: an issue without one fails tsc. */
const reviewRefusals: Record<ReviewIssueCode, Extract<MessageKey, `merge.errors.review.${string}`>> = {
  'review.issues.required': 'merge.errors.review.required',
  'review.issues.offScale': 'merge.errors.review.offScale',
  'review.issues.unknownCriterion': 'merge.errors.review.unknownCriterion',
  'review.issues.unknownOption': 'merge.errors.review.unknownOption',
  'review.issues.unknownField': 'merge.errors.review.unknownField',
  'review.issues.tooShort': 'merge.errors.review.tooShort',
  'review.issues.tooLong': 'merge.errors.review.tooLong',
  'review.issues.recusalWithScores': 'merge.errors.review.recusalWithScores',
};
