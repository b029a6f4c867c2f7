/** Ed25519 (RFC 8032, pure Ed25519 without context) through Node's crypto (OpenSSL). */
import { createPublicKey, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { base64urlDecode, base64urlEncode } from '../../shared/bundle/encoding';
import { toU8 } from './bytes';
import { decodeKey32, privateKeyObject, publicKeyObject, rawPublicKey, type KeyPair } from './keys';
import { secureRandomBytes, type RandomBytes } from './random';

export const ED25519_SIGNATURE_BYTES = 64;

/** The public key of a 32-byte Ed25519 private key (seed). */
export function ed25519PublicKey(seed: Uint8Array): Uint8Array {
  return rawPublicKey(createPublicKey(privateKeyObject('Ed25519', seed)));
}

export function ed25519Sign(seed: Uint8Array, message: Uint8Array): Uint8Array {
  return toU8(nodeSign(null, message, privateKeyObject('Ed25519', seed)));
}

/** True only for a valid signature; any malformed input (key, signature length) is simply false. */
export function ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== ED25519_SIGNATURE_BYTES) return false;
  try {
    return nodeVerify(null, message, publicKeyObject('Ed25519', publicKey), signature);
  } catch {
    return false;
  }
}

export function generateSigningKeyPair(random: RandomBytes = secureRandomBytes): KeyPair {
  const seed = random(32);
  if (seed.length !== 32) throw new RangeError('randomBytes returned the wrong number of bytes');
  return { publicKey: base64urlEncode(ed25519PublicKey(seed)), privateKey: base64urlEncode(seed) };
}

export function signingPublicKeyFromPrivate(privateKey: string): string {
  return base64urlEncode(ed25519PublicKey(decodeKey32(privateKey, 'signing private key')));
}

/** Signature as canonical base64url (86 characters). */
export function sign(privateKey: string, message: Uint8Array): string {
  return base64urlEncode(ed25519Sign(decodeKey32(privateKey, 'signing private key'), message));
}

export function verify(publicKey: string, message: Uint8Array, signature: string): boolean {
  const key = base64urlDecode(publicKey);
  const sig = base64urlDecode(signature);
  if (!key || !sig) return false;
  return ed25519Verify(key, message, sig);
}

export function assertSigningKeyPair(pair: KeyPair): void {
  if (signingPublicKeyFromPrivate(pair.privateKey) !== pair.publicKey) {
    throw new AppError('bundle.errors.invalidKey', { detail: 'signing key pair does not match' });
  }
}
