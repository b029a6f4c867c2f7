import type { Db } from '../../db/connection';
import { findCurrentKey, type StoredKeyPair } from '../../db/repositories/keys';
import { base64urlDecode } from '../../shared/bundle/encoding';
import { AppError } from '../../shared/errors';
import type { Services } from '../core/context';
import { generateEncryptionKeyPair, generateSigningKeyPair, type KeyPair } from '../crypto';
import { randomUuid } from '../core/ids';
import { protectOfficePrivateKey, unlockPrivateKey, type KeyCurve } from '../keys/key-store';

/**
 * The office's two key pairs: Ed25519 to sign packages, X25519 that review bundles are encrypted
 * to. They are made on first need; `created` lists pairs that are new and must be stored in the
 * same transaction as the packages that carry their public keys (so a failed issue leaves none).
 */
export interface OfficeKeys {
  signing: KeyPair;
  encryption: KeyPair;
  created: StoredKeyPair[];
}

export function loadOrMakeOfficeKeys(db: Db, services: Services): OfficeKeys {
  const created: StoredKeyPair[] = [];
  const load = (purpose: StoredKeyPair['purpose'], curve: KeyCurve, make: () => KeyPair): KeyPair => {
    const stored = findCurrentKey(db, purpose);
    if (stored) return { publicKey: stored.publicKey, privateKey: unlockPrivateKey(stored, curve, services) };
    const pair = make();
    created.push({
      id: randomUuid(services.randomBytes),
      purpose,
      publicKey: pair.publicKey,
      ...protectOfficePrivateKey(decodeRaw(pair.privateKey), services),
      createdAt: services.now().toISOString(),
    });
    return pair;
  };
  return {
    signing: load('office-signing', 'Ed25519', () => generateSigningKeyPair(services.randomBytes)),
    encryption: load('office-encryption', 'X25519', () => generateEncryptionKeyPair(services.randomBytes)),
    created,
  };
}

/** The stored public keys, or null before the first package was issued. */
export function officePublicKeys(db: Db): { signing: string; encryption: string } | null {
  const signing = findCurrentKey(db, 'office-signing');
  const encryption = findCurrentKey(db, 'office-encryption');
  return signing && encryption ? { signing: signing.publicKey, encryption: encryption.publicKey } : null;
}

function decodeRaw(base64url: string): Uint8Array {
  const raw = base64urlDecode(base64url);
  if (raw?.length !== 32) throw new AppError('bundle.errors.invalidKey', { detail: 'office private key' });
  return raw;
}
