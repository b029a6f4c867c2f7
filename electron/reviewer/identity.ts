import type { Db } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit-log';
import {
  readPassphraseSetting,
  writePassphraseSetting,
  type PassphraseSetting,
} from '../../db/repositories/keys-passphrase';
import { findSigningKey, insertSigningKey } from '../../db/repositories/reviewer-identity';
import { base64urlDecode } from '../../shared/bundle/encoding';
import { PASSPHRASE_MIN_LENGTH } from '../../shared/contract/keys';
import { AppError } from '../../shared/errors';
import type { KeyProtector, Services } from '../core/context';
import { generateSigningKeyPair } from '../crypto/ed25519';
import type { KeyPair } from '../crypto/keys';
import { randomUuid } from '../core/ids';
import { noKeyProtection, unlockPrivateKey } from '../keys/key-store';
import { newPassphraseSetting } from '../keys/passphrase-protector';

/** How a new identity key is to be stored; `setting` is a passphrase chosen with it, to be saved. */
export interface IdentityProtection {
  protector: KeyProtector;
  setting?: PassphraseSetting;
}

/**
 * The protection the reviewer's identity key gets when a package makes it, or null when the
 * workspace has one already. The OS key store where the door has one, else the workspace's
 * unlocked passphrase, else a passphrase the reviewer chose now (`keyPassphrase`). A door that
 * requires protection (every shipped one) refuses with `keys.errors.reviewerPassphraseRequired` rather than
 * ever writing the key unprotected; a locked passphrase is refused with `keys.errors.locked`.
 */
export async function identityProtection(
  db: Db,
  services: Services,
  keyPassphrase: string | undefined,
): Promise<IdentityProtection | null> {
  if (findSigningKey(db)) return null;
  if (services.keyProtector) return { protector: services.keyProtector };
  if (services.passphraseProtector) return { protector: services.passphraseProtector };
  if (readPassphraseSetting(db)) throw new AppError('keys.errors.locked', { protection: 'passphrase' });
  if (keyPassphrase !== undefined) return newPassphraseSetting(keyPassphrase, services);
  if (services.requireKeyProtection)
    throw new AppError('keys.errors.reviewerPassphraseRequired', { min: PASSPHRASE_MIN_LENGTH });
  return { protector: noKeyProtection };
}

/**
 * The reviewer's Ed25519 key pair, made on this machine when the first package is opened and kept
 * in the workspace under `protection` (see {@link identityProtection}), with the chosen passphrase's
 * setting when there is one. Returns the public key. Run inside the import transaction so a refused
 * package leaves no key behind.
 */
export function ensureSigningKey(
  db: Db,
  services: Services,
  now: string,
  protection: IdentityProtection | null,
): string {
  const existing = findSigningKey(db);
  if (existing) return existing.publicKey;
  if (!protection) throw new Error('a new identity key needs its protection');
  const pair = generateSigningKeyPair(services.randomBytes);
  const seed = base64urlDecode(pair.privateKey);
  if (!seed) throw new Error('generated signing key is not base64url');
  if (protection.setting) {
    writePassphraseSetting(db, protection.setting);
    appendAudit(db, {
      at: now,
      actor: 'local',
      action: 'keys.setPassphrase',
      details: { protectedKeys: 1 },
    });
  }
  insertSigningKey(db, {
    id: randomUuid(services.randomBytes),
    publicKey: pair.publicKey,
    privateKey: protection.protector.protect(seed),
    protection: protection.protector.kind,
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
