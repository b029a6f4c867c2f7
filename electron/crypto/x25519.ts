/**
 * Encryption to a public key, sealed-box style: a fresh ephemeral X25519 key pair per message
 * (bundle), shared secret → HKDF-SHA256 → AES-256-GCM key.
 *
 *   shared = X25519(ephemeralPrivate, recipientPublic)        (refused if all zero: low-order point)
 *   key    = HKDF-SHA256(ikm = shared, salt = ephemeralPublic ‖ recipientPublic,
 *                        info = "peerdesk-bundle/v1 x25519-hkdf-sha256-aes-256-gcm", L = 32)
 */
import { createPublicKey, diffieHellman, hkdfSync } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { base64urlEncode } from '../../shared/bundle/encoding';
import { aesGcmOpen, aesGcmSeal } from './aead';
import { decodeKey32, privateKeyObject, publicKeyObject, rawPublicKey, type KeyPair } from './keys';
import { secureRandomBytes, type RandomBytes } from './random';

export const X25519_HKDF_INFO = 'peerdesk-bundle/v1 x25519-hkdf-sha256-aes-256-gcm';

export function x25519PublicKey(privateKey: Uint8Array): Uint8Array {
  return rawPublicKey(createPublicKey(privateKeyObject('X25519', privateKey)));
}

/** X25519 shared secret; AppError `bundle.errors.invalidKey` for a low-order (all-zero result) key. */
export function x25519(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  let shared: Buffer;
  try {
    shared = diffieHellman({
      privateKey: privateKeyObject('X25519', privateKey),
      publicKey: publicKeyObject('X25519', publicKey),
    });
  } catch (cause) {
    throw new AppError('bundle.errors.invalidKey', { detail: 'X25519 key agreement failed' }, cause);
  }
  if (shared.every((b) => b === 0))
    throw new AppError('bundle.errors.invalidKey', { detail: 'low-order X25519 key' });
  return new Uint8Array(shared);
}

function hkdfKey(shared: Uint8Array, ephemeralPublic: Uint8Array, recipientPublic: Uint8Array): Uint8Array {
  const salt = new Uint8Array(64);
  salt.set(ephemeralPublic, 0);
  salt.set(recipientPublic, 32);
  return new Uint8Array(hkdfSync('sha256', shared, salt, X25519_HKDF_INFO, 32));
}

export function generateEncryptionKeyPair(random: RandomBytes = secureRandomBytes): KeyPair {
  const priv = random(32);
  if (priv.length !== 32) throw new RangeError('randomBytes returned the wrong number of bytes');
  return { publicKey: base64urlEncode(x25519PublicKey(priv)), privateKey: base64urlEncode(priv) };
}

export function encryptionPublicKeyFromPrivate(privateKey: string): string {
  return base64urlEncode(x25519PublicKey(decodeKey32(privateKey, 'encryption private key')));
}

/** Sender side: a fresh ephemeral key and the AES key it shares with `recipientPublicKey`. */
export function deriveSealingKey(
  recipientPublicKey: string,
  random: RandomBytes = secureRandomBytes,
): { ephemeralPublicKey: string; key: Uint8Array } {
  const recipient = decodeKey32(recipientPublicKey, 'recipient public key');
  const ephemeralPrivate = random(32);
  if (ephemeralPrivate.length !== 32) throw new RangeError('randomBytes returned the wrong number of bytes');
  const ephemeralPublic = x25519PublicKey(ephemeralPrivate);
  const shared = x25519(ephemeralPrivate, recipient);
  ephemeralPrivate.fill(0);
  return {
    ephemeralPublicKey: base64urlEncode(ephemeralPublic),
    key: hkdfKey(shared, ephemeralPublic, recipient),
  };
}

/** Recipient side: the AES key for a message sealed with `ephemeralPublicKey`. */
export function deriveOpeningKey(recipientPrivateKey: string, ephemeralPublicKey: string): Uint8Array {
  const priv = decodeKey32(recipientPrivateKey, 'recipient private key');
  const ephemeral = decodeKey32(ephemeralPublicKey, 'ephemeral public key');
  return hkdfKey(x25519(priv, ephemeral), ephemeral, x25519PublicKey(priv));
}

/** One-shot sealed box: ephemeralPublic (32) ‖ nonce (12) ‖ ciphertext ‖ tag (16). */
export function sealToPublicKey(
  recipientPublicKey: string,
  plaintext: Uint8Array,
  aad: Uint8Array = new Uint8Array(0),
  random: RandomBytes = secureRandomBytes,
): Uint8Array {
  const { ephemeralPublicKey, key } = deriveSealingKey(recipientPublicKey, random);
  const sealed = aesGcmSeal(key, plaintext, aad, random);
  const out = new Uint8Array(32 + sealed.length);
  out.set(decodeKey32(ephemeralPublicKey, 'ephemeral public key'), 0);
  out.set(sealed, 32);
  return out;
}

/** Opens a {@link sealToPublicKey} box; undefined if it was not sealed to this key or was altered. */
export function openSealedBox(
  recipientPrivateKey: string,
  box: Uint8Array,
  aad: Uint8Array = new Uint8Array(0),
): Uint8Array | undefined {
  decodeKey32(recipientPrivateKey, 'recipient private key'); // caller errors are thrown, not hidden
  if (box.length < 32) return undefined;
  let key: Uint8Array;
  try {
    key = deriveOpeningKey(recipientPrivateKey, base64urlEncode(box.subarray(0, 32)));
  } catch {
    return undefined; // e.g. a low-order ephemeral key
  }
  return aesGcmOpen(key, box.subarray(32), aad);
}
