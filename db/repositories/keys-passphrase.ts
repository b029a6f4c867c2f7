import type { Db } from '../connection';

/**
 * The workspace's office passphrase setting (`key_passphrase`, at most one row) and the rewrap of
 * stored private keys when the passphrase is set or changed. The passphrase itself is never stored:
 * only the scrypt parameters, the salt and a check value sealed with the derived key.
 */
export interface PassphraseSetting {
  salt: Uint8Array;
  N: number;
  r: number;
  p: number;
  checkValue: Uint8Array;
  setAt: string;
}

export function readPassphraseSetting(db: Db): PassphraseSetting | undefined {
  const row = db
    .prepare(
      `SELECT salt, scrypt_n AS N, scrypt_r AS r, scrypt_p AS p, check_value AS checkValue, set_at AS setAt
       FROM key_passphrase WHERE id = 1`,
    )
    .get() as
    (Omit<PassphraseSetting, 'salt' | 'checkValue'> & { salt: Buffer; checkValue: Buffer }) | undefined;
  return row
    ? { ...row, salt: new Uint8Array(row.salt), checkValue: new Uint8Array(row.checkValue) }
    : undefined;
}

export function writePassphraseSetting(db: Db, setting: PassphraseSetting): void {
  db.prepare(
    `INSERT INTO key_passphrase (id, salt, scrypt_n, scrypt_r, scrypt_p, check_value, set_at)
     VALUES (1, @salt, @N, @r, @p, @checkValue, @setAt)
     ON CONFLICT (id) DO UPDATE SET salt = excluded.salt, scrypt_n = excluded.scrypt_n,
       scrypt_r = excluded.scrypt_r, scrypt_p = excluded.scrypt_p,
       check_value = excluded.check_value, set_at = excluded.set_at`,
  ).run({ ...setting, salt: Buffer.from(setting.salt), checkValue: Buffer.from(setting.checkValue) });
}

export interface ProtectedKeyRow {
  id: string;
  purpose: 'office-signing' | 'office-encryption' | 'reviewer-signing';
  publicKey: string;
  privateKey: Uint8Array;
  protection: 'none' | 'safe-storage' | 'passphrase';
}

/** Every stored private key kept under one of `protections`. */
export function listPrivateKeys(
  db: Db,
  protections: readonly ProtectedKeyRow['protection'][],
): ProtectedKeyRow[] {
  const rows = db
    .prepare(
      `SELECT id, purpose, public_key AS publicKey, private_key AS privateKey,
              private_key_protection AS protection
       FROM keys WHERE private_key IS NOT NULL
         AND private_key_protection IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(JSON.stringify(protections)) as (Omit<ProtectedKeyRow, 'privateKey'> & { privateKey: Buffer })[];
  return rows.map((row) => ({ ...row, privateKey: new Uint8Array(row.privateKey) }));
}

/**
 * Replaces a stored private key. `secure_delete` is switched on for the connection first, so the
 * bytes replaced (an unprotected key) are overwritten with zeros, not left in a free page.
 */
export function replacePrivateKey(
  db: Db,
  id: string,
  privateKey: Uint8Array,
  protection: ProtectedKeyRow['protection'],
): void {
  db.pragma('secure_delete = ON');
  db.prepare('UPDATE keys SET private_key = ?, private_key_protection = ? WHERE id = ?').run(
    Buffer.from(privateKey),
    protection,
    id,
  );
}
