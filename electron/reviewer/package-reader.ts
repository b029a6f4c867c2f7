import type { BundleManifest } from '../../shared/bundle/manifest';
import { base64urlDecode } from '../../shared/bundle/encoding';
import {
  assignmentPackageContentSchema,
  type AssignmentPackageContent,
} from '../../shared/domain/assignment-package';
import { AppError } from '../../shared/errors';
import { parseJsonBytes } from '../../shared/json/parse';
import { openBundle } from '../bundle/envelope';
import { sha256Hex } from '../crypto/hash';

/** An assignment package that passed every check: safe to import as it is. */
export interface VerifiedPackage {
  manifest: BundleManifest;
  content: AssignmentPackageContent;
  /** PDF bytes by their SHA-256 (hex). */
  attachments: Map<string, Uint8Array>;
  /** SHA-256 of the whole package file. */
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
 * Opens a package with its passphrase and checks everything before anything is written: the
 * envelope (container, signature, decryption: bundle.errors.*), the content schema, that manifest
 * and content agree on call, reviewer and office key, that every attachment is listed, present, a
 * PDF and has the digest and size it claims, and that ids the core tables key on are unique.
 */
export async function readAssignmentPackage(
  source: string | Uint8Array,
  passphrase: string,
): Promise<VerifiedPackage> {
  const opened = await openBundle(source, { expectedKind: 'assignment-package', decrypt: { passphrase } });
  const raw = opened.entries.get(CONTENT_ENTRY);
  if (!raw)
    throw new AppError('bundle.errors.requiredEntryMissing', {
      entry: CONTENT_ENTRY,
      kind: 'assignment-package',
    });
  const parsed = assignmentPackageContentSchema.safeParse(
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

  const challengeIds = new Set(content.call.challenges.map((challenge) => challenge.id));
  const applicationIds = new Set<string>();
  const referenceNos = new Set<string>();
  const listed = new Map<string, number>();
  for (const application of content.applications) {
    if (applicationIds.has(application.id)) throw inconsistent(`application ${application.id} listed twice`);
    if (referenceNos.has(application.referenceNo)) {
      throw inconsistent(`reference number ${application.referenceNo} listed twice`);
    }
    applicationIds.add(application.id);
    referenceNos.add(application.referenceNo);
    if (application.challengeId !== null && !challengeIds.has(application.challengeId)) {
      throw inconsistent(`application ${application.referenceNo} names an unknown challenge`);
    }
    const lines = new Set<string>();
    for (const line of application.budgetLines) {
      const key = `${line.workPackage}\u0000${line.year}`;
      if (lines.has(key))
        throw inconsistent(
          `budget line ${line.workPackage} / ${line.year} of ${application.referenceNo} listed twice`,
        );
      lines.add(key);
    }
    for (const attachment of application.attachments) listed.set(attachment.sha256, attachment.size);
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
