import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import { findPanelPackage, savePanelPackage } from '../../db/repositories/reviewer-panel';
import type { BundleManifest } from '../../shared/bundle/manifest';
import { canonicalBytes } from '../../shared/canonical/jcs';
import { panelPackageContentSchema, type PanelPackageContent } from '../../shared/domain/panel-bundles';
import { openBundle } from '../bundle/envelope';
import type { Services } from '../core/context';
import type { IdentityProtection } from './identity';
import { checkPackageParties, enrolPackageRecipient } from './package-recipient';
import { inconsistent, packageAttachments, packageContent } from './package-content';

/** A panel package that passed every check: safe to store as it is. */
export interface VerifiedPanelPackage {
  manifest: BundleManifest;
  content: PanelPackageContent;
  /** PDF bytes by their SHA-256 (hex). */
  attachments: Map<string, Uint8Array>;
  digest: string;
}

/**
 * Opens a panel package with its passphrase and checks, before anything is written: the envelope
 * (bundle.errors.*), the content schema, that manifest and content agree on call, member and
 * office key, unique applications, and that every PDF is listed, present, a PDF and as digested.
 */
export async function readPanelPackage(
  source: string | Uint8Array,
  passphrase: string,
): Promise<VerifiedPanelPackage> {
  const opened = await openBundle(source, { expectedKind: 'panel-package', decrypt: { passphrase } });
  const content = packageContent(opened, 'panel-package', panelPackageContentSchema);
  const { manifest } = opened;
  const ids = new Set<string>();
  const listed = new Map<string, number>();
  for (const application of content.applications) {
    if (ids.has(application.id)) throw inconsistent(`application ${application.id} listed twice`);
    ids.add(application.id);
    for (const file of application.attachments) listed.set(file.sha256, file.size);
  }
  const attachments = packageAttachments(opened.entries, listed);
  return { manifest, content, attachments, digest: opened.digest };
}

/**
 * Stores a verified panel package in the member's workspace: the first one makes the member's key
 * pair if no assignment package did, protected as `identity` says. A package for someone else, or signed by another office key
 * than the call's earlier panel package, is refused; an older or equal version is a no-op.
 * Ballots already cast stay.
 */
export function importPanelPackage(
  db: Db,
  pkg: VerifiedPanelPackage,
  services: Services,
  identity: IdentityProtection | null,
): { outcome: 'added' | 'updated' | 'unchanged' } {
  const { content } = pkg;
  const existing = findPanelPackage(db, content.call.id);
  checkPackageParties(db, content, existing);
  if (existing && content.packageVersion <= existing.packageVersion) return { outcome: 'unchanged' };
  const now = services.now().toISOString();
  db.transaction(() => {
    enrolPackageRecipient(db, services, now, identity, content);
    savePanelPackage(
      db,
      {
        callId: content.call.id,
        callCode: content.call.code,
        reviewerId: content.reviewer.id,
        packageVersion: content.packageVersion,
        issuedAt: content.issuedAt,
        officeId: pkg.manifest.sender.id,
        officeSigningPublicKey: content.office.signingPublicKey,
        officeEncryptionPublicKey: content.office.encryptionPublicKey,
        enrolmentSecret: content.enrolmentSecret,
        contentJson: new TextDecoder().decode(canonicalBytes(content)),
        packageDigest: pkg.digest,
        openedAt: now,
      },
      pkg.attachments,
    );
    appendAudit(db, {
      at: now,
      actor: content.reviewer.id,
      action: 'reviewer.panel.open',
      subject: content.call.code,
      details: {
        packageVersion: content.packageVersion,
        previousVersion: existing?.packageVersion ?? null,
        digest: pkg.digest,
        applications: content.applications.length,
      },
    });
  }).immediate();
  return { outcome: existing ? 'updated' : 'added' };
}
