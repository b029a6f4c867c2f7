/**
 * AES-256-GCM with a random 96-bit nonce and a 128-bit tag. Sealed layout:
 * nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes).
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { toU8 } from './bytes';
import { secureRandomBytes, type RandomBytes } from './random';

export const AES_KEY_BYTES = 32;
export const GCM_NONCE_BYTES = 12;
export const GCM_TAG_BYTES = 16;
export const GCM_OVERHEAD = GCM_NONCE_BYTES + GCM_TAG_BYTES;

function checkKey(key: Uint8Array): void {
  if (key.length !== AES_KEY_BYTES)
    throw new AppError('bundle.errors.invalidKey', { detail: 'AES key length' });
}

export function aesGcmSeal(
  key: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
  random: RandomBytes = secureRandomBytes,
): Uint8Array {
  checkKey(key);
  const nonce = random(GCM_NONCE_BYTES);
  if (nonce.length !== GCM_NONCE_BYTES)
    throw new RangeError('randomBytes returned the wrong number of bytes');
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(aad);
  const out = new Uint8Array(GCM_NONCE_BYTES + plaintext.length + GCM_TAG_BYTES);
  out.set(nonce, 0);
  let o = GCM_NONCE_BYTES;
  for (const part of [cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]) {
    out.set(part, o);
    o += part.length;
  }
  if (o !== out.length) throw new Error('AES-GCM produced an unexpected length');
  return out;
}

/** The plaintext, or undefined when the key, nonce, AAD or data do not authenticate. */
export function aesGcmOpen(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array | undefined {
  checkKey(key);
  if (sealed.length < GCM_OVERHEAD) return undefined;
  const nonce = sealed.subarray(0, GCM_NONCE_BYTES);
  const body = sealed.subarray(GCM_NONCE_BYTES, sealed.length - GCM_TAG_BYTES);
  const tag = sealed.subarray(sealed.length - GCM_TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    const head = decipher.update(body);
    const tail = decipher.final(); // throws when the tag does not verify
    return toU8(tail.length === 0 ? head : Buffer.concat([head, tail]));
  } catch {
    return undefined;
  }
}
