/**
 * The signed, encrypted bundle envelope (docs/bundle-container.md):
 *
 *   ZIP ─ manifest.json   RFC 8785 canonical JSON of the manifest (exactly those bytes)
 *       ─ manifest.sig    base64url Ed25519 signature over manifest.json, by manifest.sender.signingPublicKey
 *       ─ payload/<logical name>[.enc]   entries; with encryption: nonce ‖ AES-256-GCM ciphertext ‖ tag,
 *                                        AAD = the stored entry name (UTF-8)
 *
 * `openBundle` checks, in this order, and stops at the first failure: container limits and structure
 * → entry names known to any bundle kind → manifest.json strict JSON → format and formatVersion
 * (newer → `newerFormat`) → schema → canonical form → kind, roles and scheme → signature → the
 * caller's `checkSigned` → the set of entries, their names, sizes and SHA-256 → decryption. Whether
 * the signer's key is trusted is the caller's decision: in `checkSigned`, before anything is
 * decrypted, and/or afterwards on `signerPublicKey`.
 */
import type { MessageKey } from '../../shared/i18n/message-key';
import { AppError } from '../../shared/errors';
import { canonicalBytes } from '../../shared/canonical/jcs';
import { parseJsonBytes } from '../../shared/json/parse';
import {
  DEFAULT_ZIP_LIMITS,
  MAX_MANIFEST_BYTES,
  MAX_MANIFEST_DEPTH,
  MAX_SIGNATURE_BYTES,
  resolveZipLimits,
  type ZipLimits,
} from '../../shared/bundle/limits';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  KIND_RULES,
  SCHEME_NONE,
  SCHEME_SCRYPT,
  SCHEME_X25519,
  SIGNATURE_PATTERN,
  bundleManifestSchema,
  describeIssues,
  type BundleEncryption,
  type BundleManifest,
  type BundleRecipient,
  type ManifestEntry,
  type PartyRole,
} from '../../shared/bundle/manifest';
import {
  BUNDLE_KINDS,
  MANIFEST_ENTRY,
  PAYLOAD_NAMES,
  SIGNATURE_ENTRY,
  containerNameRules,
  displayName,
  logicalEntryName,
  matchesNameRule,
  payloadNameRules,
  storedEntryName,
  type BundleKind,
  type NameRule,
} from '../../shared/bundle/names';
import { MIN_PASSPHRASE_LENGTH, normalizePassphrase } from '../../shared/bundle/passphrase';
import { base64urlDecode, base64urlEncode, bytesEqual } from '../../shared/bundle/encoding';
import { aesGcmOpen, aesGcmSeal } from '../crypto/aead';
import { sign, signingPublicKeyFromPrivate, verify } from '../crypto/ed25519';
import { createSha256, sha256Hex } from '../crypto/hash';
import { secureRandomBytes, type RandomBytes } from '../crypto/random';
import {
  DEFAULT_SCRYPT_PARAMS,
  SCRYPT_SALT_BYTES,
  deriveKeyFromPassphrase,
  type ScryptParams,
} from '../crypto/scrypt';
import { decodeKey32 } from '../crypto/keys';
import { deriveOpeningKey, deriveSealingKey } from '../crypto/x25519';
import { openZip, type ZipArchive } from './zip-reader';
import { writeZip } from './zip-writer';

export type BundleEncryptionInput =
  | {
      scheme: 'passphrase';
      passphrase: string;
      /** Defaults to DEFAULT_SCRYPT_PARAMS. */ scrypt?: ScryptParams;
    }
  | { scheme: 'publicKey'; recipientPublicKey: string }
  | { scheme: 'none' };

export interface BundleEntryInput {
  /** Logical payload name, e.g. `content.json` or `attachments/<sha256>.pdf`. */
  name: string;
  bytes: Uint8Array;
}

export interface WriteBundleInput {
  kind: BundleKind;
  bundleId: string;
  callId: string;
  callCode: string;
  /** `signingPublicKey` may be omitted: it is derived from `signingPrivateKey` (and must match if given). */
  sender: { role: PartyRole; id: string; name?: string; signingPublicKey?: string };
  /** With `publicKey` encryption `encryptionPublicKey` is set from it (and must match if given). */
  recipient: BundleRecipient;
  /** ISO 8601 UTC with milliseconds, e.g. `new Date().toISOString()`. */
  createdAt: string;
  entries: readonly BundleEntryInput[];
  signingPrivateKey: string;
  encryption: BundleEncryptionInput;
  /** Random source for salts, nonces and ephemeral keys (default: the OS CSPRNG). */
  random?: RandomBytes;
}

export type BundleDecryption = { passphrase: string } | { privateKey: string } | 'none';

export interface OpenBundleOptions {
  expectedKind: BundleKind;
  decrypt: BundleDecryption;
  limits?: Partial<ZipLimits>;
  /**
   * Called with the manifest once its signature verified, before any entry is read or decrypted:
   * throw to refuse the sender (e.g. a key this workspace does not know) at the cost of a
   * signature check.
   */
  checkSigned?: (manifest: BundleManifest) => void;
}

export interface OpenedBundle {
  manifest: BundleManifest;
  /** Decrypted payload by logical name (`content.json`, …), in manifest order. */
  entries: Map<string, Uint8Array>;
  /** The key that signed the manifest (= manifest.sender.signingPublicKey); trust is the caller's call. */
  signerPublicKey: string;
  /** SHA-256 (lower-case hex) of the whole bundle file. */
  digest: string;
}

const utf8 = new TextEncoder();
const HASH_CHUNK = 1024 * 1024;

/** Every name any kind may carry: the container-level allow-list. */
const ANY_KIND_NAMES: NameRule[] = BUNDLE_KINDS.flatMap((k) => containerNameRules(k));

function schemeOf(input: BundleEncryptionInput): BundleEncryption['scheme'] {
  return input.scheme === 'passphrase'
    ? SCHEME_SCRYPT
    : input.scheme === 'publicKey'
      ? SCHEME_X25519
      : SCHEME_NONE;
}

function checkKindRules(
  kind: BundleKind,
  scheme: BundleEncryption['scheme'],
  sender: PartyRole,
  recipient: PartyRole,
): void {
  const rule = KIND_RULES[kind];
  if (!rule.schemes.includes(scheme)) throw new AppError('bundle.errors.schemeNotAllowed', { kind, scheme });
  if (rule.sender !== sender || rule.recipient !== recipient) {
    throw new AppError('bundle.errors.rolesNotAllowed', { kind, sender, recipient });
  }
}

function checkLogicalNames(kind: BundleKind, names: readonly string[]): void {
  const rules = payloadNameRules(kind);
  const seen = new Set<string>();
  for (const name of names) {
    if (!matchesNameRule(name, rules))
      throw new AppError('bundle.errors.entryNameNotAllowed', { entry: displayName(name), kind });
    if (seen.has(name)) throw new AppError('bundle.errors.zipDuplicateName', { entry: displayName(name) });
    seen.add(name);
  }
  for (const required of PAYLOAD_NAMES[kind].required) {
    if (!seen.has(required))
      throw new AppError('bundle.errors.requiredEntryMissing', { entry: required, kind });
  }
}

/** Builds, signs and (optionally) encrypts a bundle; returns the file bytes. */
export async function writeBundle(input: WriteBundleInput): Promise<Uint8Array> {
  const random = input.random ?? secureRandomBytes;
  const scheme = schemeOf(input.encryption);
  checkKindRules(input.kind, scheme, input.sender.role, input.recipient.role);
  const logicalNames = input.entries.map((e) => e.name);
  checkLogicalNames(input.kind, logicalNames);

  const signingPublicKey = signingPublicKeyFromPrivate(input.signingPrivateKey);
  if (input.sender.signingPublicKey !== undefined && input.sender.signingPublicKey !== signingPublicKey) {
    throw new AppError('bundle.errors.invalidKey', {
      detail: 'sender.signingPublicKey does not match signingPrivateKey',
    });
  }

  let key: Uint8Array | undefined;
  let encryption: BundleEncryption;
  const recipient: BundleRecipient = { ...input.recipient };
  const enc = input.encryption;
  if (enc.scheme === 'passphrase') {
    const passphrase = normalizePassphrase(enc.passphrase);
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
      throw new AppError('bundle.errors.passphraseTooShort', { min: MIN_PASSPHRASE_LENGTH });
    }
    const params = enc.scrypt ?? DEFAULT_SCRYPT_PARAMS;
    const salt = random(SCRYPT_SALT_BYTES);
    key = await deriveKeyFromPassphrase(passphrase, salt, params);
    encryption = {
      scheme: SCHEME_SCRYPT,
      salt: base64urlEncode(salt),
      N: params.N,
      r: params.r,
      p: params.p,
    };
  } else if (enc.scheme === 'publicKey') {
    if (
      recipient.encryptionPublicKey !== undefined &&
      recipient.encryptionPublicKey !== enc.recipientPublicKey
    ) {
      throw new AppError('bundle.errors.invalidKey', {
        detail: 'recipient.encryptionPublicKey does not match recipientPublicKey',
      });
    }
    recipient.encryptionPublicKey = enc.recipientPublicKey;
    const sealing = deriveSealingKey(enc.recipientPublicKey, random);
    key = sealing.key;
    encryption = { scheme: SCHEME_X25519, ephemeralPublicKey: sealing.ephemeralPublicKey };
  } else {
    encryption = { scheme: SCHEME_NONE };
  }

  const encrypted = key !== undefined;
  const sorted = [...input.entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const stored = sorted.map((e) => {
    const name = storedEntryName(e.name, encrypted);
    const bytes = key ? aesGcmSeal(key, e.bytes, utf8.encode(name), random) : e.bytes;
    return { name, bytes };
  });
  let total = 0;
  for (const s of stored) {
    if (s.bytes.length > DEFAULT_ZIP_LIMITS.maxEntryBytes) {
      throw new AppError('bundle.errors.zipEntryTooLarge', {
        entry: s.name,
        size: s.bytes.length,
        max: DEFAULT_ZIP_LIMITS.maxEntryBytes,
      });
    }
    total += s.bytes.length;
  }
  if (total > DEFAULT_ZIP_LIMITS.maxTotalBytes) {
    throw new AppError('bundle.errors.zipTotalTooLarge', {
      size: total,
      max: DEFAULT_ZIP_LIMITS.maxTotalBytes,
    });
  }
  const entries: ManifestEntry[] = stored.map((s) => ({
    name: s.name,
    size: s.bytes.length,
    sha256: sha256Hex(s.bytes),
  }));

  const candidate: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    kind: input.kind,
    bundleId: input.bundleId,
    callId: input.callId,
    callCode: input.callCode,
    sender: {
      role: input.sender.role,
      id: input.sender.id,
      ...(input.sender.name !== undefined ? { name: input.sender.name } : {}),
      signingPublicKey,
    },
    recipient,
    createdAt: input.createdAt,
    encryption,
    entries,
  };
  const checked = bundleManifestSchema.safeParse(candidate);
  if (!checked.success) {
    throw new AppError('bundle.errors.manifestInvalid', {
      entry: MANIFEST_ENTRY,
      detail: describeIssues(checked.error),
    });
  }
  const manifestBytes = canonicalBytes(checked.data);
  const signature = sign(input.signingPrivateKey, manifestBytes);
  return writeZip([
    { name: MANIFEST_ENTRY, bytes: manifestBytes },
    { name: SIGNATURE_ENTRY, bytes: utf8.encode(signature), compress: false },
    ...stored.map((s) => ({ ...s, compress: !encrypted })),
  ]);
}

// -------------------------------------------------------------------------------------------------

async function readSmall(
  zip: ZipArchive,
  name: string,
  max: number,
  missing: MessageKey,
  tooLarge: MessageKey,
): Promise<Uint8Array> {
  const info = zip.get(name);
  if (!info) throw new AppError(missing, { entry: name });
  if (info.uncompressedSize > max)
    throw new AppError(tooLarge, { entry: name, size: info.uncompressedSize, max });
  return zip.read(name);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Format and version first: a newer version must say "update Peerdesk", not "invalid manifest". */
function checkHeader(value: unknown): void {
  if (!isRecord(value) || value.format !== BUNDLE_FORMAT) throw new AppError('bundle.errors.notABundle', {});
  const v = value.formatVersion;
  if (typeof v === 'number' && Number.isInteger(v) && v > BUNDLE_FORMAT_VERSION) {
    throw new AppError('bundle.errors.newerFormat', { version: v, supported: BUNDLE_FORMAT_VERSION });
  }
}

async function parseManifest(zip: ZipArchive): Promise<{ manifest: BundleManifest; bytes: Uint8Array }> {
  const bytes = await readSmall(
    zip,
    MANIFEST_ENTRY,
    MAX_MANIFEST_BYTES,
    'bundle.errors.missingManifest',
    'bundle.errors.manifestTooLarge',
  );
  const value = parseJsonBytes(bytes, { entry: MANIFEST_ENTRY, maxDepth: MAX_MANIFEST_DEPTH, iJson: true });
  checkHeader(value);
  const parsed = bundleManifestSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('bundle.errors.manifestInvalid', {
      entry: MANIFEST_ENTRY,
      detail: describeIssues(parsed.error),
    });
  }
  // The stored bytes must be the canonical form itself: one spelling per manifest, so what is
  // signed, what is parsed and what any other implementation parses are the same thing.
  if (!bytesEqual(canonicalBytes(value), bytes))
    throw new AppError('bundle.errors.manifestNotCanonical', { entry: MANIFEST_ENTRY });
  return { manifest: parsed.data, bytes };
}

async function checkSignature(
  zip: ZipArchive,
  manifest: BundleManifest,
  manifestBytes: Uint8Array,
): Promise<void> {
  const raw = await readSmall(
    zip,
    SIGNATURE_ENTRY,
    MAX_SIGNATURE_BYTES,
    'bundle.errors.missingSignature',
    'bundle.errors.signatureMalformed',
  );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new AppError('bundle.errors.signatureMalformed', { entry: SIGNATURE_ENTRY });
  }
  if (!SIGNATURE_PATTERN.test(text))
    throw new AppError('bundle.errors.signatureMalformed', { entry: SIGNATURE_ENTRY });
  if (!verify(manifest.sender.signingPublicKey, manifestBytes, text)) {
    throw new AppError('bundle.errors.signatureInvalid', { entry: SIGNATURE_ENTRY });
  }
}

/** The manifest lists exactly the payload entries present, spelled right for the kind and scheme. */
function checkEntrySet(zip: ZipArchive, manifest: BundleManifest): void {
  const encrypted = manifest.encryption.scheme !== SCHEME_NONE;
  const listed = new Map(manifest.entries.map((e) => [e.name, e]));
  for (const info of zip.entries) {
    if (info.name === MANIFEST_ENTRY || info.name === SIGNATURE_ENTRY) continue;
    if (!listed.has(info.name))
      throw new AppError('bundle.errors.entryNotInManifest', { entry: displayName(info.name) });
  }
  const rules = payloadNameRules(manifest.kind);
  const logical = new Set<string>();
  for (const e of manifest.entries) {
    const info = zip.get(e.name);
    if (!info) throw new AppError('bundle.errors.entryMissing', { entry: displayName(e.name) });
    const name = logicalEntryName(e.name, encrypted);
    if (name === undefined)
      throw new AppError('bundle.errors.entryEncryptionMismatch', { entry: displayName(e.name) });
    if (!matchesNameRule(name, rules)) {
      throw new AppError('bundle.errors.entryNameNotAllowed', {
        entry: displayName(e.name),
        kind: manifest.kind,
      });
    }
    if (info.uncompressedSize !== e.size) {
      throw new AppError('bundle.errors.entrySizeMismatch', {
        entry: displayName(e.name),
        expected: e.size,
        actual: info.uncompressedSize,
      });
    }
    logical.add(name);
  }
  for (const required of PAYLOAD_NAMES[manifest.kind].required) {
    if (!logical.has(required))
      throw new AppError('bundle.errors.requiredEntryMissing', { entry: required, kind: manifest.kind });
  }
}

/** Decrypts one stored entry; undefined when it does not authenticate. */
type Opener = (storedName: string, data: Uint8Array) => Uint8Array | undefined;

async function makeOpener(manifest: BundleManifest, decrypt: BundleDecryption): Promise<Opener> {
  const enc = manifest.encryption;
  if (enc.scheme === SCHEME_NONE) {
    if (decrypt !== 'none') throw new AppError('bundle.errors.notEncrypted', {});
    return (_name, data) => data;
  }
  if (enc.scheme === SCHEME_SCRYPT) {
    if (decrypt === 'none' || !('passphrase' in decrypt))
      throw new AppError('bundle.errors.passphraseRequired', {});
    const salt = base64urlDecode(enc.salt);
    if (!salt)
      throw new AppError('bundle.errors.manifestInvalid', {
        entry: MANIFEST_ENTRY,
        detail: 'encryption.salt',
      });
    const key = await deriveKeyFromPassphrase(decrypt.passphrase, salt, { N: enc.N, r: enc.r, p: enc.p });
    return (name, data) => aesGcmOpen(key, data, utf8.encode(name));
  }
  if (decrypt === 'none' || !('privateKey' in decrypt))
    throw new AppError('bundle.errors.privateKeyRequired', {});
  decodeKey32(decrypt.privateKey, 'recipient private key'); // the caller's own mistake: invalidKey
  let key: Uint8Array;
  try {
    key = deriveOpeningKey(decrypt.privateKey, enc.ephemeralPublicKey);
  } catch (cause) {
    throw new AppError('bundle.errors.decryptFailed', { entry: MANIFEST_ENTRY }, cause); // e.g. a low-order ephemeral key
  }
  return (name, data) => aesGcmOpen(key, data, utf8.encode(name));
}

async function digestOf(zip: ZipArchive, source: string | Uint8Array): Promise<string> {
  if (typeof source !== 'string') return sha256Hex(source);
  const h = createSha256();
  for (let o = 0; o < zip.size; o += HASH_CHUNK)
    h.update(await zip.readRange(o, Math.min(HASH_CHUNK, zip.size - o)));
  return h.hex();
}

/** Opens and fully verifies a bundle from a file path or bytes. Nothing is written anywhere. */
export async function openBundle(
  source: string | Uint8Array,
  options: OpenBundleOptions,
): Promise<OpenedBundle> {
  const limits = resolveZipLimits(options.limits);
  const zip = await openZip(source, { allowedNames: ANY_KIND_NAMES, limits });
  try {
    const { manifest, bytes } = await parseManifest(zip);
    if (manifest.kind !== options.expectedKind) {
      throw new AppError('bundle.errors.wrongKind', {
        expected: options.expectedKind,
        actual: manifest.kind,
      });
    }
    checkKindRules(manifest.kind, manifest.encryption.scheme, manifest.sender.role, manifest.recipient.role);
    await checkSignature(zip, manifest, bytes);
    options.checkSigned?.(manifest);
    checkEntrySet(zip, manifest);

    const stored = new Map<string, Uint8Array>();
    for (const e of manifest.entries) {
      const data = await zip.read(e.name);
      if (data.length !== e.size || sha256Hex(data) !== e.sha256) {
        throw new AppError('bundle.errors.entryDigestMismatch', { entry: displayName(e.name) });
      }
      stored.set(e.name, data);
    }

    const open = await makeOpener(manifest, options.decrypt);
    const encrypted = manifest.encryption.scheme !== SCHEME_NONE;
    const entries = new Map<string, Uint8Array>();
    let firstFailure: string | undefined;
    for (const e of manifest.entries) {
      const plain = open(e.name, stored.get(e.name) as Uint8Array);
      stored.delete(e.name);
      if (plain) entries.set(logicalEntryName(e.name, encrypted) as string, plain);
      else firstFailure ??= e.name;
    }
    if (firstFailure !== undefined) {
      // Every ciphertext already matched the signed manifest. If nothing decrypts, the passphrase is
      // wrong; if only some entries fail, the signer put in something undecryptable (or swapped).
      if (manifest.encryption.scheme === SCHEME_SCRYPT && entries.size === 0) {
        throw new AppError('bundle.errors.wrongPassphrase', {});
      }
      throw new AppError('bundle.errors.decryptFailed', { entry: displayName(firstFailure) });
    }

    const digest = await digestOf(zip, source);
    await zip.assertUnchanged();
    return { manifest, entries, signerPublicKey: manifest.sender.signingPublicKey, digest };
  } finally {
    await zip.close();
  }
}
