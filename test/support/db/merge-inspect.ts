import type { Db } from '../../../db/connection';

/** Read-only queries the merge tests use to look at what a merge wrote. */

const identifier = /^[a-z_]+$/;

/** Rows of `table` whose columns equal the given values (names checked against the schema). */
export function countRows(db: Db, table: string, where: Record<string, string | number> = {}): number {
  const columns = new Set(
    (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name),
  );
  if (!identifier.test(table) || columns.size === 0) throw new Error(`unknown table ${table}`);
  const names = Object.keys(where);
  for (const name of names) if (!columns.has(name)) throw new Error(`unknown column ${table}.${name}`);
  const condition =
    names.length > 0 ? `WHERE ${names.map((name) => `${name} = @${name}`).join(' AND ')}` : '';
  return db.prepare(`SELECT count(*) FROM ${table} ${condition}`).pluck().get(where) as number;
}

export interface ReviewKey {
  callId?: string;
  applicationId: string;
  reviewerId: string;
}

export function storedReview(
  db: Db,
  key: ReviewKey,
): { status: string; revision: number; digest: string } | undefined {
  return db
    .prepare(
      'SELECT status, revision, digest FROM reviews WHERE application_id = @applicationId AND reviewer_id = @reviewerId',
    )
    .get(key) as { status: string; revision: number; digest: string } | undefined;
}

export function historyOf(db: Db, key: ReviewKey): { revision: number; digest: string; outcome: string }[] {
  return db
    .prepare(
      `SELECT revision, digest, outcome FROM review_history
       WHERE application_id = @applicationId AND reviewer_id = @reviewerId ORDER BY revision, digest`,
    )
    .all(key) as { revision: number; digest: string; outcome: string }[];
}

export function assignmentStatus(db: Db, key: ReviewKey): string | undefined {
  return db
    .prepare(
      'SELECT status FROM assignments WHERE application_id = @applicationId AND reviewer_id = @reviewerId',
    )
    .pluck()
    .get(key) as string | undefined;
}

export function declaredConflicts(
  db: Db,
  key: ReviewKey,
): { type: string; source: string; reason: string }[] {
  return db
    .prepare(
      'SELECT type, source, reason FROM conflicts WHERE application_id = @applicationId AND reviewer_id = @reviewerId',
    )
    .all(key) as { type: string; source: string; reason: string }[];
}

export function enrolledKey(db: Db, reviewerId: string): string | null {
  return db.prepare('SELECT signing_public_key FROM reviewers WHERE id = ?').pluck().get(reviewerId) as
    string | null;
}

export function integrityCheck(db: Db): string {
  return db.pragma('integrity_check', { simple: true }) as string;
}

export interface VersionRow {
  applicationId: string;
  reviewerId: string;
  revision: number;
  digest: string;
}

/** Every review as stored (the winners), in key order. */
export function storedReviews(db: Db): VersionRow[] {
  return db
    .prepare(
      `SELECT application_id AS applicationId, reviewer_id AS reviewerId, revision, digest
       FROM reviews ORDER BY call_id, application_id, reviewer_id`,
    )
    .all() as VersionRow[];
}

/** Every version ever received, in key and version order. */
export function storedHistory(db: Db): (VersionRow & { outcome: string })[] {
  return db
    .prepare(
      `SELECT application_id AS applicationId, reviewer_id AS reviewerId, revision, digest, outcome
       FROM review_history ORDER BY call_id, application_id, reviewer_id, revision, digest`,
    )
    .all() as (VersionRow & { outcome: string })[];
}

/** Runs `work` inside a transaction that is always rolled back: many runs on one workspace. */
export function rolledBack<T>(db: Db, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    return work();
  } finally {
    db.exec('ROLLBACK');
  }
}

/** File digests of the bundles the bundle log says were applied. */
export function loggedBundleDigests(db: Db): Set<string> {
  return new Set(db.prepare('SELECT digest FROM bundle_log').pluck().all() as string[]);
}

/** Digests of every review version in the history. */
export function historyDigests(db: Db): Set<string> {
  return new Set(db.prepare('SELECT digest FROM review_history').pluck().all() as string[]);
}
