import type { z } from 'zod';
import type { BundleManifest } from '../../shared/bundle/manifest';
import type { BundleKind } from '../../shared/bundle/names';
import { base64urlDecode } from '../../shared/bundle/encoding';
import { AppError } from '../../shared/errors';
import { parseJsonBytes } from '../../shared/json/parse';
import type { OpenedBundle } from '../bundle/envelope';
import { sha256Hex } from '../crypto/hash';

/**
 * What assignment packages and panel packages check alike once their envelope is open: the content
 * against its schema, that manifest and content agree on call, recipient and office key, and that
 * the PDFs are exactly those listed, each a PDF with its listed digest and size.
 */

const CONTENT_ENTRY = 'content.json';
const ATTACHMENT_ENTRY = /^attachments\/([0-9a-f]{64})\.pdf$/;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const MIN_ENROLMENT_SECRET_BYTES = 32;

export function inconsistent(detail: string): AppError {
  return new AppError('reviewer.errors.packageInconsistent', { detail });
}

/** What every package's content says about who sent it to whom. */
interface PackageParties {
  call: { id: string; code: string };
  reviewer: { id: string };
  office: { signingPublicKey: string; encryptionPublicKey: string };
  enrolmentSecret: string;
}

/** The package's `content.json`, parsed against `schema` and checked against the signed manifest. */
export function packageContent<T extends PackageParties>(
  opened: OpenedBundle,
  kind: BundleKind,
  schema: z.ZodType<T>,
): T {
  const raw = opened.entries.get(CONTENT_ENTRY);
  if (!raw) throw new AppError('bundle.errors.requiredEntryMissing', { entry: CONTENT_ENTRY, kind });
  const parsed = schema.safeParse(parseJsonBytes(raw, { entry: CONTENT_ENTRY, iJson: true }));
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(content)'}: ${issue.message}`)
      .join('; ');
    throw new AppError('reviewer.errors.packageContentInvalid', { detail });
  }
  checkParties(opened.manifest, parsed.data);
  return parsed.data;
}

function checkParties(manifest: BundleManifest, content: PackageParties): void {
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
}

/**
 * The package's PDFs by SHA-256 (hex): every entry besides the content must be a listed attachment
 * (`listed`: digest → size) with that digest and size and a PDF header, and every listed one present.
 */
export function packageAttachments(
  entries: ReadonlyMap<string, Uint8Array>,
  listed: ReadonlyMap<string, number>,
): Map<string, Uint8Array> {
  const attachments = new Map<string, Uint8Array>();
  for (const [name, bytes] of entries) {
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
  return attachments;
}
