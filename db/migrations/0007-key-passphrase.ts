/**
 * Private keys protected by a key derived from an office passphrase (docs/security.md).
 *
 * SQLite cannot alter a CHECK constraint, so `keys` is rebuilt with 'passphrase' added to
 * `private_key_protection`, every row copied as it is. No table references `keys` and `keys`
 * references none, so the rebuild leaves every foreign key as it was.
 *
 * `key_passphrase` holds the one passphrase setting of the workspace: the scrypt parameters, its
 * random salt, and a check value (a known text sealed with the derived key) so a wrong passphrase
 * is refused before any key is touched.
 */
export const sql = /* sql */ `
CREATE TABLE keys_rebuilt (
  id TEXT PRIMARY KEY,
  purpose TEXT NOT NULL CHECK (purpose IN ('office-signing', 'office-encryption', 'reviewer-signing')),
  public_key TEXT NOT NULL,
  private_key BLOB,
  private_key_protection TEXT NOT NULL DEFAULT 'none'
    CHECK (private_key_protection IN ('none', 'safe-storage', 'passphrase')),
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO keys_rebuilt (id, purpose, public_key, private_key, private_key_protection, created_at)
  SELECT id, purpose, public_key, private_key, private_key_protection, created_at FROM keys;
DROP TABLE keys;
ALTER TABLE keys_rebuilt RENAME TO keys;

CREATE TABLE key_passphrase (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  salt BLOB NOT NULL,
  scrypt_n INTEGER NOT NULL,
  scrypt_r INTEGER NOT NULL,
  scrypt_p INTEGER NOT NULL,
  check_value BLOB NOT NULL,
  set_at TEXT NOT NULL
) STRICT;
`;
