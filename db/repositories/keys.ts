import type { Db } from '../connection';

/**
 * The workspace's key pairs (`keys` table). Public keys are canonical base64url text; private keys
 * are the raw 32 bytes as stored after the key protector (`protection` names it). When a purpose
 * has several keys (renewed), the newest one is current.
 */
export type KeyPurpose = 'office-signing' | 'office-encryption';

export interface StoredKeyPair {
  id: string;
  purpose: KeyPurpose;
  publicKey: string;
  privateKey: Uint8Array;
  protection: 'none' | 'safe-storage' | 'passphrase';
  createdAt: string;
}

export function findCurrentKey(db: Db, purpose: KeyPurpose): StoredKeyPair | undefined {
  const row = db
    .prepare(
      `SELECT id, purpose, public_key AS publicKey, private_key AS privateKey,
         private_key_protection AS protection, created_at AS createdAt
       FROM keys WHERE purpose = ? AND private_key IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT 1`,
    )
    .get(purpose) as (Omit<StoredKeyPair, 'privateKey'> & { privateKey: Buffer }) | undefined;
  return row ? { ...row, privateKey: new Uint8Array(row.privateKey) } : undefined;
}

export function insertKeyPair(db: Db, key: StoredKeyPair): void {
  db.prepare(
    `INSERT INTO keys (id, purpose, public_key, private_key, private_key_protection, created_at)
     VALUES (@id, @purpose, @publicKey, @privateKey, @protection, @createdAt)`,
  ).run({ ...key, privateKey: Buffer.from(key.privateKey) });
}
