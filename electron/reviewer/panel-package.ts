import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import { findWorkspaceReviewer, upsertWorkspaceReviewer } from '../../db/repositories/reviewer-identity';
import { findPanelPackage, savePanelPackage } from '../../db/repositories/reviewer-panel';
import { base64urlDecode } from '../../shared/bundle/encoding';
import type { BundleManifest } from '../../shared/bundle/manifest';
import { canonicalBytes } from '../../shared/canonical/jcs';
import { panelPackageContentSchema, type PanelPackageContent } from '../../shared/domain/panel-bundles';
import { AppError } from '../../shared/errors';
import { parseJsonBytes } from '../../shared/json/parse';
import { openBundle } from '../bundle/envelope';
import type { Services } from '../core/context';
import { sha256Hex } from '../crypto/hash';
import { ensureSigningKey, type IdentityProtection } from './identity';

/** A panel package that passed every check: safe to store as it is. */
export interface VerifiedPanelPackage {
  manifest: BundleManifest;
  content: PanelPackageContent;
  /** PDF bytes by their SHA-256 (hex). */
  attachments: Map<string, Uint8Array>;
  digest: string;
}

const CONTENT_ENTRY = 'content.json';
const ATTACHMENT_ENTRY = /^attachments\/([0-9a-f]{64})\.pdf$/;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const MIN_ENROLMENT_SECRET_BYTES = 32;

function inconsistent(detail: string): AppError {
  return new AppError('reviewer.errors.packageInconsistent', { detail });
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
  const raw = opened.entries.get(CONTENT_ENTRY) as Uint8Array;
  const parsed = panelPackageContentSchema.safeParse(
    parseJsonBytes(raw, { entry: CONTENT_ENTRY, iJson: true }),
  );
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(content)'}: ${issue.message}`)
      .join('; ');
    throw new AppError('reviewer.errors.packageContentInvalid', { detail });
  }
  const content = parsed.data;
  const { manifest } = opened;
  if (manifest.callId !== content.call.id) throw inconsistent('manifest.callId ≠ call.id');
  if (manifest.callCode !== content.call.code) throw inconsistent('manifest.callCode ≠ call.code');
  if (manifest.recipient.id !== content.reviewer.id) throw inconsistent('manifest.recipient ≠ reviewer.id');
  if (manifest.sender.signingPublicKey !== content.office.signingPublicKey) {
    throw inconsistent('the package is not signed by the office key it names');
  }
  if (base64urlDecode(content.office.encryptionPublicKey)?.length !== 32) {
    throw inconsistent('office.encryptionPublicKey is not a 32-byte key');
  }
  if ((base64urlDecode(content.enrolmentSecret)?.length ?? 0) < MIN_ENROLMENT_SECRET_BYTES) {
    throw inconsistent('enrolmentSecret is not base64url of at least 32 bytes');
  }
  const ids = new Set<string>();
  const listed = new Map<string, number>();
  for (const application of content.applications) {
    if (ids.has(application.id)) throw inconsistent(`application ${application.id} listed twice`);
    ids.add(application.id);
    for (const file of application.attachments) listed.set(file.sha256, file.size);
  }
  const attachments = new Map<string, Uint8Array>();
  for (const [name, bytes] of opened.entries) {
    if (name === CONTENT_ENTRY) continue;
    const sha = ATTACHMENT_ENTRY.exec(name)?.[1];
    if (!sha || !listed.has(sha)) throw inconsistent(`entry ${name} is not an attachment of any application`);
    if (sha256Hex(bytes) !== sha) throw inconsistent(`attachment ${name} does not match its digest`);
    if (listed.get(sha) !== bytes.length)
      throw inconsistent(`attachment ${name} does not have its listed size`);
    if (!PDF_MAGIC.every((byte, index) => bytes[index] === byte))
      throw inconsistent(`attachment ${name} is not a PDF`);
    attachments.set(sha, bytes);
  }
  for (const sha of listed.keys()) {
    if (!attachments.has(sha)) throw inconsistent(`attachment ${sha}.pdf is missing`);
  }
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
  const me = findWorkspaceReviewer(db);
  if (me && me.id !== content.reviewer.id) {
    throw new AppError('reviewer.errors.otherReviewer', { expected: me.name, actual: content.reviewer.name });
  }
  const existing = findPanelPackage(db, content.call.id);
  if (existing && existing.officeSigningPublicKey !== content.office.signingPublicKey) {
    throw new AppError('reviewer.errors.officeKeyChanged', { call: content.call.code });
  }
  if (existing && content.packageVersion <= existing.packageVersion) return { outcome: 'unchanged' };
  const now = services.now().toISOString();
  db.transaction(() => {
    const publicKey = ensureSigningKey(db, services, now, identity);
    upsertWorkspaceReviewer(
      db,
      { ...content.reviewer, enrolmentSecret: content.enrolmentSecret },
      publicKey,
      now,
    );
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
