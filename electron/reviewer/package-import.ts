import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import {
  callIdWithCode,
  findReviewerPackage,
  importPackageRows,
  type PackageImportCounts,
} from '../../db/repositories/reviewer-packages';
import { AppError } from '../../shared/errors';
import type { Services } from '../core/context';
import { randomUuid } from '../core/ids';
import type { IdentityProtection } from './identity';
import { checkPackageParties, enrolPackageRecipient } from './package-recipient';
import type { VerifiedPackage } from './package-reader';

export interface PackageImportResult extends PackageImportCounts {
  /** `added`: first package of this call here; `updated`: a newer one merged in; `unchanged`: no-op. */
  outcome: 'added' | 'updated' | 'unchanged';
  previousVersion: number | null;
}

/**
 * Imports a verified package into an open reviewer workspace. The first package also makes the
 * reviewer's key pair, protected as `identity` says. A package for another reviewer, one signed by another office key than the
 * call's first package, or one whose call code another call uses is refused; an older or equal
 * version is a reported no-op. Everything else is written in one transaction.
 */
export function importAssignmentPackage(
  db: Db,
  pkg: VerifiedPackage,
  services: Services,
  fileName: string,
  identity: IdentityProtection | null,
): PackageImportResult {
  const { content } = pkg;
  const existing = findReviewerPackage(db, content.call.id);
  checkPackageParties(db, content, existing);
  if (existing && content.packageVersion <= existing.packageVersion) {
    return { outcome: 'unchanged', previousVersion: existing.packageVersion, added: 0, archived: 0, kept: 0 };
  }
  if (callIdWithCode(db, content.call.code, content.call.id)) {
    throw new AppError('reviewer.errors.callCodeTaken', { code: content.call.code });
  }
  const now = services.now().toISOString();
  const counts = db
    .transaction(() => {
      enrolPackageRecipient(db, services, now, identity, content);
      const result = importPackageRows(db, {
        content,
        officeId: pkg.manifest.sender.id,
        digest: pkg.digest,
        fileName,
        now,
        attachments: pkg.attachments,
        newId: () => randomUuid(services.randomBytes),
      });
      appendAudit(db, {
        at: now,
        actor: content.reviewer.id,
        action: 'reviewer.package.open',
        subject: content.call.code,
        details: {
          packageVersion: content.packageVersion,
          previousVersion: existing?.packageVersion ?? null,
          digest: pkg.digest,
          ...result,
        },
      });
      return result;
    })
    .immediate();
  return {
    outcome: existing ? 'updated' : 'added',
    previousVersion: existing?.packageVersion ?? null,
    ...counts,
  };
}
