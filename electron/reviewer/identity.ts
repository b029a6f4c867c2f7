import { findSigningKey, insertSigningKey } from '../../db/repositories/reviewer-identity';
import type { Db } from '../../db/connection';
import { base64urlDecode } from '../../shared/bundle/encoding';
import { AppError } from '../../shared/errors';
import type { Services } from '../core/context';
import { generateSigningKeyPair } from '../crypto/ed25519';
import type { KeyPair } from '../crypto/keys';
import { randomUuid } from '../core/ids';
import { protectPrivateKey, unlockPrivateKey } from '../keys/key-store';

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
  insertSigningKey(db, {
    id: randomUuid(services.randomBytes),
    publicKey: pair.publicKey,
    ...protectPrivateKey(seed, services),
    createdAt: now,
  });
  seed.fill(0);
  return pair.publicKey;
}

/** The key pair to sign a review bundle with; refused when this door cannot unlock it. */
export function loadSigningKey(db: Db, services: Services): KeyPair {
  const row = findSigningKey(db);
  if (!row) throw new AppError('reviewer.errors.noIdentity');
  return { publicKey: row.publicKey, privateKey: unlockPrivateKey(row, 'Ed25519', services) };
}
