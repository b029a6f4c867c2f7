import type { Db } from '../connection';

/**
 * The reviewer's own identity in a reviewer workspace: one `reviewers` row (the person the office
 * addressed the packages to) and one `keys` row (purpose 'reviewer-signing') with the private key as
 * stored by the key protector.
 */
export interface ReviewerRow {
  id: string;
  name: string;
  email: string;
  institution: string;
  signingPublicKey: string | null;
}

export interface SigningKeyRow {
  id: string;
  publicKey: string;
  privateKey: Uint8Array;
  protection: 'none' | 'safe-storage' | 'passphrase';
  createdAt: string;
}

export function findWorkspaceReviewer(db: Db): ReviewerRow | undefined {
  return db
    .prepare(
      `SELECT id, name, email, institution, signing_public_key AS signingPublicKey
       FROM reviewers ORDER BY created_at, id LIMIT 1`,
    )
    .get() as ReviewerRow | undefined;
}

export function upsertWorkspaceReviewer(
  db: Db,
  reviewer: { id: string; name: string; email: string; institution: string; enrolmentSecret: string },
  signingPublicKey: string,
  now: string,
): void {
  db.prepare(
    `INSERT INTO reviewers (id, name, email, institution, signing_public_key, enrolment_secret, created_at)
     VALUES (@id, @name, @email, @institution, @signingPublicKey, @enrolmentSecret, @now)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email,
       institution = excluded.institution, signing_public_key = excluded.signing_public_key,
       enrolment_secret = excluded.enrolment_secret`,
  ).run({ ...reviewer, signingPublicKey, now });
}

export function findSigningKey(db: Db): SigningKeyRow | undefined {
  const row = db
    .prepare(
      `SELECT id, public_key AS publicKey, private_key AS privateKey,
              private_key_protection AS protection, created_at AS createdAt
       FROM keys WHERE purpose = 'reviewer-signing' ORDER BY created_at, id LIMIT 1`,
    )
    .get() as (Omit<SigningKeyRow, 'privateKey'> & { privateKey: Buffer | null }) | undefined;
  if (!row || !row.privateKey) return undefined;
  return { ...row, privateKey: new Uint8Array(row.privateKey) };
}

export function insertSigningKey(db: Db, key: SigningKeyRow): void {
  db.prepare(
    `INSERT INTO keys (id, purpose, public_key, private_key, private_key_protection, created_at)
     VALUES (@id, 'reviewer-signing', @publicKey, @privateKey, @protection, @createdAt)`,
  ).run({ ...key, privateKey: Buffer.from(key.privateKey) });
}
