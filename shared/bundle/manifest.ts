/**
 * The bundle manifest (manifest.json): zod schemas, their TypeScript types, and the per-kind rules.
 * The JSON Schema in docs/bundle-container.md is generated from `bundleManifestSchema`
 * (see `manifestJsonSchema()`); a test keeps the two identical.
 */
import { z } from 'zod';
import { BUNDLE_KINDS, PAYLOAD_PREFIX, unsafeNameReason, type BundleKind } from './names';
import { DEFAULT_ZIP_LIMITS } from './limits';

export const BUNDLE_FORMAT = 'peerdesk-bundle';
/** The newest manifest format this build reads and the one it writes. */
export const BUNDLE_FORMAT_VERSION = 1;

export const SCHEME_SCRYPT = 'scrypt-aes-256-gcm';
export const SCHEME_X25519 = 'x25519-hkdf-sha256-aes-256-gcm';
export const SCHEME_NONE = 'none';
export const ENCRYPTION_SCHEMES = [SCHEME_SCRYPT, SCHEME_X25519, SCHEME_NONE] as const;
export type EncryptionScheme = (typeof ENCRYPTION_SCHEMES)[number];

/** scrypt bounds accepted in a manifest (a hostile manifest must not make us burn CPU or memory). */
export const SCRYPT_BOUNDS = Object.freeze({
  minN: 2 ** 10,
  maxN: 2 ** 20,
  maxR: 32,
  maxP: 16,
  /** 128·N·r bytes, the memory scrypt needs. */
  maxMemoryBytes: 256 * 1024 * 1024,
  /** N·r·p, proportional to the work. */
  maxCost: 2 ** 24,
});

/** Canonical unpadded base64url of exactly 32 bytes (Ed25519 / X25519 keys). */
export const key32Schema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/, 'must be 32 bytes in canonical unpadded base64url');
/** Canonical unpadded base64url of exactly 16 bytes (scrypt salt). */
export const salt16Schema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{21}[AQgw]$/, 'must be 16 bytes in canonical unpadded base64url');
/** Canonical unpadded base64url of exactly 64 bytes (Ed25519 signature). */
export const SIGNATURE_PATTERN = /^[A-Za-z0-9_-]{85}[AQgw]$/;
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');
const uuidSchema = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    'must be a lower-case RFC 9562 UUID',
  );
const idSchema = z.string().min(1).max(128);

export const partyRoleSchema = z.enum(['office', 'reviewer']);
export type PartyRole = z.infer<typeof partyRoleSchema>;

export const bundleSenderSchema = z.strictObject({
  role: partyRoleSchema,
  id: idSchema,
  name: z.string().min(1).max(200).optional(),
  signingPublicKey: key32Schema.describe('Ed25519 public key that made manifest.sig'),
});
export type BundleSender = z.infer<typeof bundleSenderSchema>;

export const bundleRecipientSchema = z.strictObject({
  role: partyRoleSchema,
  id: idSchema,
  encryptionPublicKey: key32Schema.optional().describe('X25519 public key; required with the x25519 scheme'),
});
export type BundleRecipient = z.infer<typeof bundleRecipientSchema>;

const isPowerOfTwo = (n: number): boolean => Number.isInteger(Math.log2(n));

export const scryptEncryptionSchema = z
  .strictObject({
    scheme: z.literal(SCHEME_SCRYPT),
    salt: salt16Schema,
    N: z
      .int()
      .min(SCRYPT_BOUNDS.minN)
      .max(SCRYPT_BOUNDS.maxN)
      .refine(isPowerOfTwo, 'N must be a power of two'),
    r: z.int().min(1).max(SCRYPT_BOUNDS.maxR),
    p: z.int().min(1).max(SCRYPT_BOUNDS.maxP),
  })
  .refine((e) => 128 * e.N * e.r <= SCRYPT_BOUNDS.maxMemoryBytes, 'scrypt parameters need too much memory')
  .refine((e) => e.N * e.r * e.p <= SCRYPT_BOUNDS.maxCost, 'scrypt parameters need too much work');
export type ScryptEncryption = z.infer<typeof scryptEncryptionSchema>;

export const x25519EncryptionSchema = z.strictObject({
  scheme: z.literal(SCHEME_X25519),
  ephemeralPublicKey: key32Schema.describe("The sender's one-time X25519 public key"),
});
export type X25519Encryption = z.infer<typeof x25519EncryptionSchema>;

export const noEncryptionSchema = z.strictObject({ scheme: z.literal(SCHEME_NONE) });

export const bundleEncryptionSchema = z.discriminatedUnion('scheme', [
  scryptEncryptionSchema,
  x25519EncryptionSchema,
  noEncryptionSchema,
]);
export type BundleEncryption = z.infer<typeof bundleEncryptionSchema>;

export const manifestEntrySchema = z.strictObject({
  name: z
    .string()
    .min(PAYLOAD_PREFIX.length + 1)
    .max(DEFAULT_ZIP_LIMITS.maxNameBytes)
    .startsWith(PAYLOAD_PREFIX)
    .refine((n) => unsafeNameReason(n) === undefined, 'must be a safe entry name')
    .describe('Stored ZIP entry name: payload/<logical name>, plus .enc when encrypted'),
  size: z.int().min(0).max(Number.MAX_SAFE_INTEGER).describe('Size in bytes of the stored (encrypted) entry'),
  sha256: sha256HexSchema.describe('SHA-256 of the stored (encrypted) entry bytes, lower-case hex'),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const bundleKindSchema = z.enum(BUNDLE_KINDS);

export const bundleManifestSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z
      .literal(BUNDLE_FORMAT_VERSION)
      .describe('Readers refuse a greater version with "update Peerdesk"'),
    kind: bundleKindSchema,
    bundleId: uuidSchema.describe('Unique per bundle file written'),
    callId: idSchema.describe('The call (funding round) the bundle belongs to'),
    callCode: z.string().min(1).max(64).describe('Human-readable call code'),
    sender: bundleSenderSchema,
    recipient: bundleRecipientSchema,
    createdAt: z.iso
      .datetime({ precision: 3 })
      .describe('UTC with milliseconds, e.g. 2025-03-01T08:00:00.000Z'),
    encryption: bundleEncryptionSchema,
    entries: z
      .array(manifestEntrySchema)
      .max(DEFAULT_ZIP_LIMITS.maxEntries)
      .describe('Exactly the payload entries of the ZIP, unique names'),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.entries.forEach((e, i) => {
      if (seen.has(e.name))
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'name'], message: 'duplicate entry name' });
      seen.add(e.name);
    });
    if (m.encryption.scheme === SCHEME_X25519 && m.recipient.encryptionPublicKey === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['recipient', 'encryptionPublicKey'],
        message: 'required when the bundle is encrypted to a public key',
      });
    }
  });
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/** Who may send a kind to whom, and how it must be encrypted. */
export interface KindRule {
  sender: PartyRole;
  recipient: PartyRole;
  schemes: readonly EncryptionScheme[];
}

export const KIND_RULES: Readonly<Record<BundleKind, KindRule>> = {
  // Applications are confidential: a package is always passphrase-encrypted (docs/design-rules.md, Bundles).
  'assignment-package': { sender: 'office', recipient: 'reviewer', schemes: [SCHEME_SCRYPT] },
  // Only the office reads scores: a review bundle is always encrypted to the office's key.
  'review-bundle': { sender: 'reviewer', recipient: 'office', schemes: [SCHEME_X25519] },
  // Results for the committee and the archive: the office chooses.
  'results-bundle': {
    sender: 'office',
    recipient: 'office',
    schemes: [SCHEME_SCRYPT, SCHEME_X25519, SCHEME_NONE],
  },
  // The shortlist with its applications and the review digest: confidential like an assignment package.
  'panel-package': { sender: 'office', recipient: 'reviewer', schemes: [SCHEME_SCRYPT] },
  // A member's ballots: only the office reads them, like review bundles.
  'ballot-bundle': { sender: 'reviewer', recipient: 'office', schemes: [SCHEME_X25519] },
};

/** A short, readable rendering of zod issues for error messages (path: message; …). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(manifest)'}: ${i.message}`)
    .join('; ');
}

/** The JSON Schema (draft 2020-12) of manifest.json, as published in docs/bundle-container.md. */
export function manifestJsonSchema(): unknown {
  return z.toJSONSchema(bundleManifestSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}
