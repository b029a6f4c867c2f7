import type { Db } from '../../db/connection';
import { findWorkspaceReviewer, type ReviewerRow } from '../../db/repositories/reviewer-identity';
import { listReviewerPackages, type ReviewerPackageRow } from '../../db/repositories/reviewer-packages';
import {
  findCall,
  listAssignedApplications,
  type ReviewerCallRow,
} from '../../db/repositories/reviewer-reading';
import { listReviews, type StoredReview } from '../../db/repositories/reviewer-reviews';
import { canonicalBytes } from '../../shared/canonical/jcs';
import type { ExportSummary } from '../../shared/contract/reviewer';
import { reviewBundleContentSchema, type ReviewBundleContent } from '../../shared/domain/review-bundle';
import { AppError } from '../../shared/errors';
import { writeBundle } from '../bundle/envelope';
import type { Services } from '../core/context';
import { reviewDigest } from '../core/review-digest';
import { sha256Hex } from '../crypto/hash';
import { enrolmentHmac } from '../crypto/enrolment';
import { reviewBundleFileName } from './file-name';
import { randomUuid } from '../core/ids';
import { loadSigningKey } from './identity';

interface CallWork {
  call: ReviewerCallRow;
  pkg: ReviewerPackageRow;
  /** Submitted and recused reviews of applications still assigned: what a bundle carries. */
  toSend: StoredReview[];
  summary: ExportSummary;
}

function requireReviewer(db: Db): ReviewerRow {
  const me = findWorkspaceReviewer(db);
  if (!me) throw new AppError('reviewer.errors.noIdentity');
  return me;
}

function callWork(db: Db, me: ReviewerRow, pkg: ReviewerPackageRow, now: Date): CallWork {
  const call = findCall(db, pkg.callId);
  if (!call) throw new AppError('reviewer.errors.callNotFound', { call: pkg.callId });
  const active = new Set(
    listAssignedApplications(db, me.id)
      .filter((application) => application.callId === call.id && !application.archived)
      .map((application) => application.id),
  );
  const reviews = listReviews(db, me.id, call.id).filter((review) =>
    active.has(review.content.applicationId),
  );
  const toSend = reviews.filter((review) => review.content.status !== 'draft');
  const submitted = toSend.filter((review) => review.content.status === 'submitted').length;
  const drafts = reviews.length - toSend.length;
  const notStarted = active.size - reviews.length;
  return {
    call,
    pkg,
    toSend,
    summary: {
      callId: call.id,
      callCode: call.code,
      title: { zh: call.titleZh, en: call.titleEn },
      assigned: active.size,
      submitted,
      recused: toSend.length - submitted,
      drafts,
      notStarted,
      open: drafts + notStarted,
      changedSinceExport: toSend.filter((review) => review.exportedRevision !== review.revision).length,
      lastExportedAt: pkg.lastExportedAt,
      fileName: reviewBundleFileName(call.code, me.name, now),
    },
  };
}

/** What each call's next export would carry, for the summary shown before exporting. */
export function exportSummaries(db: Db, now: Date): ExportSummary[] {
  const me = requireReviewer(db);
  return listReviewerPackages(db).map((pkg) => callWork(db, me, pkg, now).summary);
}

export interface BuiltReviewBundle {
  callId: string;
  fileName: string;
  bytes: Uint8Array;
  bundleId: string;
  sha256: string;
  exportedAt: string;
  summary: ExportSummary;
  /** The reviews and revisions the bundle carries, to be marked exported once it is saved. */
  carried: StoredReview[];
}

/**
 * Builds the review bundle of one call (docs/design-rules.md, Bundles): every submitted review and recusal
 * with its revision and digest, the enrolment proof, signed with the reviewer's key and encrypted
 * to the office's key. Drafts are not sent. Nothing is written to the workspace here.
 */
export async function buildReviewBundle(
  db: Db,
  services: Services,
  callId: string | undefined,
): Promise<BuiltReviewBundle> {
  const me = requireReviewer(db);
  const packages = listReviewerPackages(db);
  const pkg =
    callId === undefined
      ? packages.length === 1
        ? packages[0]
        : undefined
      : packages.find(
          (candidate) => candidate.callId === callId || findCall(db, candidate.callId)?.code === callId,
        );
  if (!pkg) {
    if (callId !== undefined) throw new AppError('reviewer.errors.callNotFound', { call: callId });
    if (packages.length === 0) throw new AppError('reviewer.errors.noIdentity');
    throw new AppError('reviewer.errors.chooseCall', { calls: packages.map((p) => p.callId).join(', ') });
  }
  const now = services.now();
  const work = callWork(db, me, pkg, now);
  if (work.toSend.length === 0)
    throw new AppError('reviewer.errors.nothingToExport', { call: work.call.code });

  const key = loadSigningKey(db, services);
  const hmac = enrolmentHmac(pkg.enrolmentSecret, key.publicKey);
  if (hmac === undefined)
    throw new AppError('reviewer.errors.packageInconsistent', { detail: 'enrolment secret' });
  const exportedAt = now.toISOString();
  const content: ReviewBundleContent = reviewBundleContentSchema.parse({
    reviewerId: me.id,
    packageVersion: pkg.packageVersion,
    exportedAt,
    enrolment: { signingPublicKey: key.publicKey, hmac },
    reviews: work.toSend.map((review) => ({
      content: review.content,
      revision: review.revision,
      digest: review.digest,
    })),
  });
  for (const review of content.reviews) {
    if (reviewDigest(review.content) !== review.digest) {
      throw new AppError('errors.internal', { detail: `stored digest of ${review.content.applicationId}` });
    }
  }
  const bundleId = randomUuid(services.randomBytes);
  const bytes = await writeBundle({
    kind: 'review-bundle',
    bundleId,
    callId: work.call.id,
    callCode: work.call.code,
    sender: {
      role: 'reviewer',
      id: me.id,
      name: me.name.slice(0, 200) || undefined,
      signingPublicKey: key.publicKey,
    },
    recipient: { role: 'office', id: pkg.officeId },
    createdAt: exportedAt,
    entries: [{ name: 'content.json', bytes: canonicalBytes(content) }],
    signingPrivateKey: key.privateKey,
    encryption: { scheme: 'publicKey', recipientPublicKey: pkg.officeEncryptionPublicKey },
    random: services.randomBytes,
  });
  return {
    callId: work.call.id,
    fileName: work.summary.fileName,
    bytes,
    bundleId,
    sha256: sha256Hex(bytes),
    exportedAt,
    summary: work.summary,
    carried: work.toSend,
  };
}
