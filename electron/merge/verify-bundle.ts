import { hash } from 'node:crypto';
import { describeIssues } from '../../shared/bundle/manifest';
import { storedEntryName } from '../../shared/bundle/names';
import { reviewBundleContentSchema } from '../../shared/domain/review-bundle';
import { validateReview } from '../../shared/domain/review-validation';
import type { Rubric } from '../../shared/domain/rubric';
import { AppError } from '../../shared/errors';
import { parseJsonBytes } from '../../shared/json/parse';
import { openBundle } from '../bundle/envelope';
import { verifiedReview, type VerifiedReview } from './review-row';

/**
 * The verify stage of a merge: everything about a review bundle that can be checked from the file alone and
 * the office's keys and rubrics, with no access to the workspace (so it can run in a worker thread).
 * Container, names, manifest, per-entry SHA-256, signature and decryption are `openBundle`'s; then
 * the content: strict UTF-8 JSON, schema, sender consistency, call, each review on the rubric's
 * scales and matching its digest. The check stage (`check-and-apply.ts`) checks the sender's key and the
 * assignments against the workspace inside the bundle's transaction.
 */
export interface VerifySnapshot {
  office: { encryptionPublicKey: string; encryptionPrivateKey: string };
  /** Every call of the workspace by id, with the rubric of its current version. */
  calls: Record<string, { code: string; rubric: Rubric | null }>;
}

export interface VerifiedBundle {
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
  /** Sorted by application id, which keeps the workspace's B-tree writes close together. */
  reviews: VerifiedReview[];
}

const CONTENT_ENTRY = 'content.json';
const CONTENT_STORED = storedEntryName(CONTENT_ENTRY, true);

export async function verifyReviewBundle(
  source: string | Uint8Array,
  snapshot: VerifySnapshot,
): Promise<VerifiedBundle> {
  const opened = await openBundle(source, {
    expectedKind: 'review-bundle',
    decrypt: { privateKey: snapshot.office.encryptionPrivateKey },
  });
  const { manifest } = opened;
  if (manifest.recipient.encryptionPublicKey !== snapshot.office.encryptionPublicKey) {
    throw new AppError('merge.errors.wrongRecipient');
  }
  const raw = parseJsonBytes(opened.entries.get(CONTENT_ENTRY) as Uint8Array, {
    entry: CONTENT_STORED,
    iJson: true,
  });
  const parsed = reviewBundleContentSchema.safeParse(raw);
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
  if (!call.rubric) throw new AppError('merge.errors.noRubric', { callCode: call.code });

  const seen = new Set<string>();
  const reviews: VerifiedReview[] = [];
  for (const versioned of content.reviews) {
    const review = versioned.content;
    const application = review.applicationId;
    if (seen.has(application)) throw new AppError('merge.errors.duplicateReview', { application });
    seen.add(application);
    if (review.callId !== manifest.callId)
      throw new AppError('merge.errors.reviewOtherCall', { application });
    if (review.reviewerId !== reviewerId)
      throw new AppError('merge.errors.reviewOtherReviewer', { application });
    if (review.status === 'draft') throw new AppError('merge.errors.draftReview', { application });
    const [issue] = validateReview(call.rubric, review);
    if (issue) {
      const key = issue.code.slice(issue.code.lastIndexOf('.') + 1);
      throw new AppError(`merge.errors.review.${key}`, { application, field: issue.field, ...issue.params });
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
  return {
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
    reviews,
  };
}
