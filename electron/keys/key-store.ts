import { AppError } from '../../shared/errors';
import { base64urlEncode } from '../../shared/bundle/encoding';
import type { KeyProtector, Services } from '../core/context';
import { signingPublicKeyFromPrivate } from '../crypto/ed25519';
import { encryptionPublicKeyFromPrivate } from '../crypto/x25519';

/**
 * The one place private keys go into and come out of the workspace's `keys` table, for the office
 * keys and the reviewer's identity alike. Refusals have one code each: `keys.errors.locked` when
 * this door cannot unlock the key (the renderer asks for the office passphrase on it) and
 * `keys.errors.unreadable` when the unlocked bytes are not the private half of the stored key.
 */
export type KeyProtection = KeyProtector['kind'];
export type KeyCurve = 'Ed25519' | 'X25519';

export interface StoredPrivateKey {
  publicKey: string;
  /** As written by the protector named in `protection`. */
  privateKey: Uint8Array;
  protection: KeyProtection;
}

/** Under Node (CLI, browser shell, tests) without a protector, keys are stored as they are. */
export const noKeyProtection: KeyProtector = {
  kind: 'none',
  protect: (secret) => secret.slice(),
  unprotect: (stored) => stored.slice(),
};

/**
 * The protector new keys are stored under: the OS key store where this door has one, else the
 * session's unlocked office passphrase, else none (stored as they are).
 */
export function keyProtectorOf(services: KeyServices): KeyProtector {
  return services.keyProtector ?? services.passphraseProtector ?? noKeyProtection;
}

type KeyServices = Pick<Services, 'keyProtector' | 'passphraseProtector'>;

/** A raw 32-byte private key as it is to be stored, with the protection it is stored under. */
export function protectPrivateKey(
  raw: Uint8Array,
  services: KeyServices,
): { privateKey: Uint8Array; protection: KeyProtection } {
  const protector = keyProtectorOf(services);
  return { privateKey: protector.protect(raw), protection: protector.kind };
}

/**
 * As {@link protectPrivateKey}, for the office's keys: where the door requires protection (every
 * shipped door), refused with `keys.errors.passphraseRequired` rather than stored unprotected.
 */
export function protectOfficePrivateKey(
  raw: Uint8Array,
  services: KeyServices & Pick<Services, 'requireKeyProtection'>,
): { privateKey: Uint8Array; protection: KeyProtection } {
  if (services.requireKeyProtection && keyProtectorOf(services).kind === 'none') {
    throw new AppError('keys.errors.passphraseRequired');
  }
  return protectPrivateKey(raw, services);
}

/** The protector that can open keys stored under `kind` on this door, if it has it. */
function protectorFor(kind: KeyProtection, services: KeyServices): KeyProtector | undefined {
  if (kind === 'none') return noKeyProtection;
  const candidate = kind === 'passphrase' ? services.passphraseProtector : services.keyProtector;
  return candidate?.kind === kind ? candidate : undefined;
}

const publicKeyOf: Record<KeyCurve, (privateKey: string) => string> = {
  Ed25519: signingPublicKeyFromPrivate,
  X25519: encryptionPublicKeyFromPrivate,
};

/** The stored key's private half as canonical base64url, checked against its public half. */
export function unlockPrivateKey(stored: StoredPrivateKey, curve: KeyCurve, services: KeyServices): string {
  const protector = protectorFor(stored.protection, services);
  if (!protector) throw new AppError('keys.errors.locked', { protection: stored.protection });
  let privateKey: string;
  try {
    privateKey = base64urlEncode(protector.unprotect(stored.privateKey));
    if (publicKeyOf[curve](privateKey) !== stored.publicKey) throw new Error('key pair mismatch');
  } catch (cause) {
    throw new AppError('keys.errors.unreadable', {}, cause);
  }
  return privateKey;
}
