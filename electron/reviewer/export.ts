import type { Db } from '../../db/connection';
import type { ReviewerRow } from '../../db/repositories/reviewer-identity';
import { listReviewerPackages, type ReviewerPackageRow } from '../../db/repositories/reviewer-packages';
import {
  findCall,
  listAssignedApplications,
  type ReviewerCallRow,
} from '../../db/repositories/reviewer-reading';
import { listReviews, type StoredReview } from '../../db/repositories/reviewer-reviews';
import type { ExportSummary } from '../../shared/contract/reviewer';
import { reviewBundleContentSchema, type ReviewBundleContent } from '../../shared/domain/review-bundle';
import { AppError } from '../../shared/errors';
import type { Services } from '../core/context';
import { reviewDigest } from '../core/review-digest';
import { sha256Hex } from '../crypto/hash';
import { reviewBundleFileName } from './file-name';
import { randomUuid } from '../core/ids';
import { requireWorkspaceReviewer, sealForOffice, senderKey } from './seal-for-office';

interface CallWork {
  call: ReviewerCallRow;
  pkg: ReviewerPackageRow;
  /** Submitted and recused reviews of applications still assigned: what a bundle carries. */
  toSend: StoredReview[];
  summary: ExportSummary;
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
  const me = requireWorkspaceReviewer(db);
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
  const me = requireWorkspaceReviewer(db);
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

  const { key, enrolment } = senderKey(db, services, pkg.enrolmentSecret);
  const exportedAt = now.toISOString();
  const content: ReviewBundleContent = reviewBundleContentSchema.parse({
    reviewerId: me.id,
    packageVersion: pkg.packageVersion,
    exportedAt,
    enrolment,
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
  const bytes = await sealForOffice(services, {
    kind: 'review-bundle',
    bundleId,
    call: work.call,
    me,
    key,
    office: { id: pkg.officeId, encryptionPublicKey: pkg.officeEncryptionPublicKey },
    createdAt: exportedAt,
    content,
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
