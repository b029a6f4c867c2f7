import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Reviewer, ReviewerInput } from '../../shared/domain/reviewer';
import type { Db } from '../connection';

interface ReviewerRow {
  id: string;
  name: string;
  email: string;
  institution: string;
  expertise_json: string;
  languages_json: string;
  collaborators_json: string;
  max_load: number;
  signing_public_key: string | null;
  retired_signing_key: string | null;
  created_at: string;
}

/** A short, stable name for a signing key that an officer can compare by eye. */
export const keyFingerprint = (publicKey: string): string =>
  createHash('sha256').update(publicKey).digest('hex').slice(0, 8);

const stringArray = z.array(z.string());
const list = (json: string) => stringArray.parse(JSON.parse(json));

function toReviewer(row: ReviewerRow): Reviewer {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    institution: row.institution,
    expertise: list(row.expertise_json),
    languages: list(row.languages_json),
    collaborators: list(row.collaborators_json),
    maxLoad: row.max_load,
    enrolled: row.signing_public_key !== null,
    keyStatus:
      row.signing_public_key !== null
        ? 'enrolled'
        : row.retired_signing_key !== null
          ? 'awaiting-re-enrolment'
          : 'not-enrolled',
    keyFingerprint: row.signing_public_key === null ? null : keyFingerprint(row.signing_public_key),
    createdAt: row.created_at,
  };
}

const inputParams = (input: ReviewerInput) => ({
  name: input.name,
  email: input.email,
  institution: input.institution,
  expertise: JSON.stringify(input.expertise),
  languages: JSON.stringify(input.languages),
  collaborators: JSON.stringify(input.collaborators),
  maxLoad: input.maxLoad,
});

export function listReviewers(db: Db): (Reviewer & { assigned: number })[] {
  const rows = db
    .prepare(
      `SELECT r.*, (SELECT count(*) FROM assignments a WHERE a.reviewer_id = r.id AND a.status = 'assigned') AS assigned
       FROM reviewers r ORDER BY r.name, r.email`,
    )
    .all() as (ReviewerRow & { assigned: number })[];
  return rows.map((row) => ({ ...toReviewer(row), assigned: row.assigned }));
}

export function getReviewer(db: Db, id: string): Reviewer | undefined {
  const row = db.prepare('SELECT * FROM reviewers WHERE id = ?').get(id) as ReviewerRow | undefined;
  return row ? toReviewer(row) : undefined;
}

/** Lower-cased e-mails of all reviewers, except `exceptId`'s (e-mail is unique ignoring case). */
export function reviewerEmails(db: Db, exceptId?: string): Set<string> {
  const rows = db
    .prepare('SELECT lower(email) AS email FROM reviewers WHERE id <> ?')
    .all(exceptId ?? '') as {
    email: string;
  }[];
  return new Set(rows.map((row) => row.email));
}

export function insertReviewers(
  db: Db,
  reviewers: readonly { id: string; input: ReviewerInput; createdAt: string }[],
): void {
  const insert = db.prepare(
    `INSERT INTO reviewers (id, name, email, institution, expertise_json, languages_json, collaborators_json, max_load, created_at)
     VALUES (@id, @name, @email, @institution, @expertise, @languages, @collaborators, @maxLoad, @createdAt)`,
  );
  for (const reviewer of reviewers)
    insert.run({ id: reviewer.id, createdAt: reviewer.createdAt, ...inputParams(reviewer.input) });
}

export function updateReviewer(db: Db, id: string, input: ReviewerInput): void {
  db.prepare(
    `UPDATE reviewers SET name = @name, email = @email, institution = @institution, expertise_json = @expertise,
       languages_json = @languages, collaborators_json = @collaborators, max_load = @maxLoad WHERE id = @id`,
  ).run({ id, ...inputParams(input) });
}

/** Assignments and reviews that tie a reviewer to the record: such a reviewer is never deleted. */
export function reviewerWorkCount(db: Db, id: string): number {
  const row = db
    .prepare(
      'SELECT (SELECT count(*) FROM assignments WHERE reviewer_id = ?) + (SELECT count(*) FROM reviews WHERE reviewer_id = ?) AS n',
    )
    .get(id, id) as { n: number };
  return row.n;
}

export function deleteReviewer(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM reviewers WHERE id = ?').run(id).changes > 0;
}

/** What conflict detection needs to know about a reviewer. */
export interface ReviewerFacts {
  id: string;
  name: string;
  email: string;
  institution: string;
  collaborators: string[];
}

export function reviewerFacts(db: Db): ReviewerFacts[] {
  const rows = db
    .prepare('SELECT id, name, email, institution, collaborators_json FROM reviewers ORDER BY id')
    .all() as { id: string; name: string; email: string; institution: string; collaborators_json: string }[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    institution: row.institution,
    collaborators: list(row.collaborators_json),
  }));
}

/**
 * Re-enrolment (second laptop, reinstall): the pinned signing key is retired and a new enrolment
 * secret replaces the old one, so the next bundle signed by a new key with a proof under the new
 * secret pins that key. Returns the retired key, or null when no key was pinned (nothing changes).
 */
export function reenrolReviewer(db: Db, reviewerId: string, newEnrolmentSecret: string): string | null {
  const row = db.prepare('SELECT signing_public_key AS key FROM reviewers WHERE id = ?').get(reviewerId) as
    { key: string | null } | undefined;
  if (!row?.key) return null;
  db.prepare(
    `UPDATE reviewers SET retired_signing_key = signing_public_key, signing_public_key = NULL,
       enrolment_secret = ? WHERE id = ? AND signing_public_key = ?`,
  ).run(newEnrolmentSecret, reviewerId, row.key);
  return row.key;
}
