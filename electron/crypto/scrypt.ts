/**
 * Passphrase encryption: scrypt → 32-byte AES-256-GCM key.
 *
 *   key = scrypt(P = UTF-8(normalizePassphrase(passphrase)), S = salt (16 random bytes), N, r, p, dkLen = 32)
 *
 * Production parameters: N = 2^15, r = 8, p = 1 (32 MiB, ≈ 100 ms). Generated passphrases carry
 * 120 bits, so scrypt is a second line of defence for hand-chosen ones. Accepted parameters are
 * bounded by SCRYPT_BOUNDS so a hostile manifest cannot exhaust memory or CPU.
 */
import { scrypt } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { SCRYPT_BOUNDS } from '../../shared/bundle/manifest';
import { normalizePassphrase } from '../../shared/bundle/passphrase';
import { base64urlDecode, base64urlEncode } from '../../shared/bundle/encoding';
import { aesGcmOpen, aesGcmSeal } from './aead';
import { secureRandomBytes, type RandomBytes } from './random';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });
export const SCRYPT_SALT_BYTES = 16;

export function checkScryptParams({ N, r, p }: ScryptParams): void {
  const ok =
    Number.isInteger(N) &&
    Number.isInteger(r) &&
    Number.isInteger(p) &&
    N >= SCRYPT_BOUNDS.minN &&
    N <= SCRYPT_BOUNDS.maxN &&
    Number.isInteger(Math.log2(N)) &&
    r >= 1 &&
    r <= SCRYPT_BOUNDS.maxR &&
    p >= 1 &&
    p <= SCRYPT_BOUNDS.maxP &&
    128 * N * r <= SCRYPT_BOUNDS.maxMemoryBytes &&
    N * r * p <= SCRYPT_BOUNDS.maxCost;
  if (!ok) throw new AppError('bundle.errors.invalidScryptParams', { N, r, p });
}

/** The 32-byte key for `passphrase` (normalized first, see shared/bundle/passphrase.ts). */
export async function deriveKeyFromPassphrase(
  passphrase: string,
  salt: Uint8Array,
  params: ScryptParams,
): Promise<Uint8Array> {
  checkScryptParams(params);
  const password = new TextEncoder().encode(normalizePassphrase(passphrase));
  const { N, r, p } = params;
  // Node refuses when 128·N·r exceeds maxmem; leave room for its bookkeeping.
  const maxmem = 128 * N * r + 16 * 1024 * 1024;
  return await new Promise((resolve, reject) => {
    scrypt(password, salt, 32, { N, r, p, maxmem }, (err, key) => {
      if (err) reject(new AppError('bundle.errors.invalidScryptParams', { N, r, p }, err));
      else resolve(new Uint8Array(key));
    });
  });
}

/** A self-describing passphrase-encrypted value (JSON-friendly). */
export interface PassphraseSealed {
  salt: string;
  N: number;
  r: number;
  p: number;
  /** base64url of nonce ‖ ciphertext ‖ tag */
  sealed: string;
}

export async function encryptWithPassphrase(
  passphrase: string,
  plaintext: Uint8Array,
  options: { params?: ScryptParams; aad?: Uint8Array; random?: RandomBytes } = {},
): Promise<PassphraseSealed> {
  const random = options.random ?? secureRandomBytes;
  const params = options.params ?? DEFAULT_SCRYPT_PARAMS;
  const salt = random(SCRYPT_SALT_BYTES);
  const key = await deriveKeyFromPassphrase(passphrase, salt, params);
  const sealed = aesGcmSeal(key, plaintext, options.aad ?? new Uint8Array(0), random);
  return {
    salt: base64urlEncode(salt),
    N: params.N,
    r: params.r,
    p: params.p,
    sealed: base64urlEncode(sealed),
  };
}

/** The plaintext, or undefined when the passphrase is wrong or the data was altered. */
export async function decryptWithPassphrase(
  passphrase: string,
  box: PassphraseSealed,
  aad: Uint8Array = new Uint8Array(0),
): Promise<Uint8Array | undefined> {
  const salt = base64urlDecode(box.salt);
  const sealed = base64urlDecode(box.sealed);
  if (!salt || salt.length !== SCRYPT_SALT_BYTES || !sealed) return undefined;
  const key = await deriveKeyFromPassphrase(passphrase, salt, { N: box.N, r: box.r, p: box.p });
  return aesGcmOpen(key, sealed, aad);
}
