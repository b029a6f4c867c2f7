import type { Db } from '../../db/connection';
import { findWorkspaceReviewer, upsertWorkspaceReviewer } from '../../db/repositories/reviewer-identity';
import { AppError } from '../../shared/errors';
import type { Services } from '../core/context';
import { ensureSigningKey, type IdentityProtection } from './identity';

/** What every package from the office (assignment or panel) says about who it is from and for. */
export interface PackageParties {
  reviewer: { id: string; name: string; email: string; institution: string };
  enrolmentSecret: string;
  office: { signingPublicKey: string };
  call: { code: string };
}

/**
 * Refuses a package addressed to another reviewer than this workspace's, or signed by another
 * office key than the call's `earlier` package was.
 */
export function checkPackageParties(
  db: Db,
  content: PackageParties,
  earlier: { officeSigningPublicKey: string } | undefined,
): void {
  const me = findWorkspaceReviewer(db);
  if (me && me.id !== content.reviewer.id) {
    throw new AppError('reviewer.errors.otherReviewer', { expected: me.name, actual: content.reviewer.name });
  }
  if (earlier && earlier.officeSigningPublicKey !== content.office.signingPublicKey) {
    throw new AppError('reviewer.errors.officeKeyChanged', { call: content.call.code });
  }
}

/**
 * Inside the import's transaction: the reviewer's signing key (made at their first package,
 * stored as `protection` says) and their identity with the package's enrolment secret.
 */
export function enrolPackageRecipient(
  db: Db,
  services: Services,
  now: string,
  protection: IdentityProtection | null,
  content: PackageParties,
): void {
  const publicKey = ensureSigningKey(db, services, now, protection);
  upsertWorkspaceReviewer(
    db,
    { ...content.reviewer, enrolmentSecret: content.enrolmentSecret },
    publicKey,
    now,
  );
}
