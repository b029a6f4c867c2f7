import { findSigningKey, insertSigningKey } from '../../db/repositories/reviewer-identity';
import type { Db } from '../../db/connection';
import { base64urlDecode, base64urlEncode } from '../../shared/bundle/encoding';
import { AppError } from '../../shared/errors';
import type { Services } from '../core/context';
import { generateSigningKeyPair, signingPublicKeyFromPrivate } from '../crypto/ed25519';
import type { KeyPair } from '../crypto/keys';
import { randomUuid } from '../core/ids';
import { keyProtectorOf, noKeyProtection } from './key-protector';

/**
 * The reviewer's Ed25519 key pair, made on this machine when the first package is opened and kept
 * in the workspace (protected by the services' KeyProtector). Returns the public key. Run inside
 * the import transaction so a refused package leaves no key behind.
 */
export function ensureSigningKey(db: Db, services: Services, now: string): string {
  const existing = findSigningKey(db);
  if (existing) return existing.publicKey;
  const pair = generateSigningKeyPair(services.randomBytes);
  const seed = base64urlDecode(pair.privateKey);
  if (!seed) throw new Error('generated signing key is not base64url');
  const protector = keyProtectorOf(services);
  insertSigningKey(db, {
    id: randomUuid(services.randomBytes),
    publicKey: pair.publicKey,
    privateKey: protector.protect(seed),
    protection: protector.kind,
    createdAt: now,
  });
  seed.fill(0);
  return pair.publicKey;
}

/** The key pair to sign a review bundle with; refused when this door cannot unlock it. */
export function loadSigningKey(db: Db, services: Services): KeyPair {
  const row = findSigningKey(db);
  if (!row) throw new AppError('reviewer.errors.noIdentity');
  const protector = row.protection === 'none' ? noKeyProtection : keyProtectorOf(services);
  if (protector.kind !== row.protection) throw new AppError('reviewer.errors.keyProtected');
  let privateKey: string;
  try {
    privateKey = base64urlEncode(protector.unprotect(row.privateKey));
    if (signingPublicKeyFromPrivate(privateKey) !== row.publicKey) throw new Error('key pair mismatch');
  } catch (cause) {
    throw new AppError('reviewer.errors.keyUnreadable', {}, cause);
  }
  return { publicKey: row.publicKey, privateKey };
}
