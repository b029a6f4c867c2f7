import type { Db } from '../connection';

/**
 * SQL of assignment (分配): what the solver and the assignment matrix read, and the writes of
 * auto-assignment and manual edits. Reviewers are shared by all calls; a reviewer's maximum load
 * counts their active assignments in every call.
 */

export interface AssignmentCallRow {
  id: string;
  code: string;
  titleZh: string;
  titleEn: string;
  category: 'general' | 'lump-sum' | 'challenge';
  status: 'draft' | 'reviewing' | 'decided' | 'archived';
  reviewMode: 'open' | 'blind';
  reviewersPerApplication: number;
  reviewDueAt: string | null;
  rubricVersion: number;
}

const CALL_COLUMNS = `id, code, title_zh AS titleZh, title_en AS titleEn, category, status,
  review_mode AS reviewMode, reviewers_per_application AS reviewersPerApplication,
  review_due_at AS reviewDueAt, rubric_version AS rubricVersion`;

/** A call by id or, failing that, by code. */
export function findAssignmentCall(db: Db, idOrCode: string): AssignmentCallRow | undefined {
  return db
    .prepare(
      `SELECT ${CALL_COLUMNS} FROM calls WHERE id = @ref OR code = @ref ORDER BY id = @ref DESC LIMIT 1`,
    )
    .get({ ref: idOrCode }) as AssignmentCallRow | undefined;
}

export function listAssignmentCalls(
  db: Db,
): (AssignmentCallRow & { applications: number; assigned: number })[] {
  return db
    .prepare(
      `SELECT ${CALL_COLUMNS},
         (SELECT count(*) FROM applications a WHERE a.call_id = c.id AND a.status = 'active') AS applications,
         (SELECT count(*) FROM assignments s WHERE s.call_id = c.id AND s.status = 'assigned') AS assigned
       FROM calls c WHERE status <> 'archived' ORDER BY created_at, code`,
    )
    .all() as (AssignmentCallRow & { applications: number; assigned: number })[];
}

export interface CandidateApplication {
  id: string;
  referenceNo: string;
  title: string;
  keywords: string[];
  discipline: string;
  institution: string;
  /** Declared languages; empty when the import had none. */
  languages: string[];
}

/** The call's active applications (withdrawn and ineligible ones are never assigned). */
export function activeApplications(db: Db, callId: string): CandidateApplication[] {
  const rows = db
    .prepare(
      `SELECT id, reference_no AS referenceNo, title, keywords_json AS keywords, discipline, institution,
         languages_json AS languages
       FROM applications WHERE call_id = ? AND status = 'active' ORDER BY reference_no`,
    )
    .all(callId) as (Omit<CandidateApplication, 'keywords' | 'languages'> & {
    keywords: string;
    languages: string;
  })[];
  return rows.map((row) => ({
    ...row,
    keywords: parseStringArray(row.keywords),
    languages: parseStringArray(row.languages),
  }));
}

export interface CandidateReviewer {
  id: string;
  name: string;
  email: string;
  institution: string;
  expertise: string[];
  languages: string[];
  maxLoad: number;
  /** Active assignments in other calls, which use up part of the maximum load. */
  otherCallsLoad: number;
}

export function candidateReviewers(db: Db, callId: string): CandidateReviewer[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.name, r.email, r.institution, r.expertise_json AS expertise,
         r.languages_json AS languages, r.max_load AS maxLoad,
         (SELECT count(*) FROM assignments s
          WHERE s.reviewer_id = r.id AND s.call_id <> @callId AND s.status = 'assigned') AS otherCallsLoad
       FROM reviewers r ORDER BY r.name, r.id`,
    )
    .all({ callId }) as (Omit<CandidateReviewer, 'expertise' | 'languages'> & {
    expertise: string;
    languages: string;
  })[];
  return rows.map((row) => ({
    ...row,
    expertise: parseStringArray(row.expertise),
    languages: parseStringArray(row.languages),
  }));
}

export interface ConflictPair {
  applicationId: string;
  reviewerId: string;
  type: string;
}

/** Every conflict (回避, not waived) between the call's applications and any reviewer, one row per type. */
export function callConflicts(db: Db, callId: string): ConflictPair[] {
  return db
    .prepare(
      `SELECT c.application_id AS applicationId, c.reviewer_id AS reviewerId, c.type
       FROM conflicts c JOIN applications a ON a.id = c.application_id
       WHERE a.call_id = ? AND c.waived_at IS NULL ORDER BY c.application_id, c.reviewer_id, c.type`,
    )
    .all(callId) as ConflictPair[];
}

export interface AssignmentRow {
  applicationId: string;
  reviewerId: string;
  status: 'assigned' | 'recused' | 'released';
  locked: boolean;
  dueAt: string | null;
  /** A review for this pair has been merged (or written, in a reviewer workspace). */
  reviewed: boolean;
}

const ASSIGNMENT_COLUMNS = `s.application_id AS applicationId, s.reviewer_id AS reviewerId, s.status, s.locked,
  s.due_at AS dueAt,
  EXISTS (SELECT 1 FROM reviews v WHERE v.call_id = s.call_id
    AND v.application_id = s.application_id AND v.reviewer_id = s.reviewer_id) AS reviewed`;

type RawAssignmentRow = Omit<AssignmentRow, 'locked' | 'reviewed'> & { locked: number; reviewed: number };

function toAssignmentRow(row: RawAssignmentRow): AssignmentRow {
  return { ...row, locked: row.locked === 1, reviewed: row.reviewed === 1 };
}

export function callAssignments(db: Db, callId: string): AssignmentRow[] {
  const rows = db
    .prepare(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments s WHERE s.call_id = ? ORDER BY s.application_id, s.reviewer_id`,
    )
    .all(callId) as RawAssignmentRow[];
  return rows.map(toAssignmentRow);
}

export function findAssignment(db: Db, pair: Pair & { callId: string }): AssignmentRow | undefined {
  const row = db
    .prepare(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments s
       WHERE s.call_id = @callId AND s.application_id = @applicationId AND s.reviewer_id = @reviewerId`,
    )
    .get(pair) as RawAssignmentRow | undefined;
  return row ? toAssignmentRow(row) : undefined;
}

/** The conflict types (not waived) recorded for one pair (empty when the pair is free). */
export function pairConflictTypes(db: Db, pair: Pair): string[] {
  const rows = db
    .prepare(
      'SELECT type FROM conflicts WHERE application_id = @applicationId AND reviewer_id = @reviewerId AND waived_at IS NULL ORDER BY type',
    )
    .all(pair) as { type: string }[];
  return rows.map((row) => row.type);
}

export interface Pair {
  applicationId: string;
  reviewerId: string;
}

/** Removes `remove` and adds `add` (unlocked, `assigned`) in one transaction. */
export function replaceAssignments(
  db: Db,
  change: {
    callId: string;
    remove: readonly Pair[];
    add: readonly Pair[];
    dueAt: string | null;
    now: string;
  },
): void {
  const remove = db.prepare(
    'DELETE FROM assignments WHERE call_id = @callId AND application_id = @applicationId AND reviewer_id = @reviewerId',
  );
  const add = db.prepare(
    `INSERT INTO assignments (call_id, application_id, reviewer_id, status, locked, due_at, created_at)
     VALUES (@callId, @applicationId, @reviewerId, 'assigned', 0, @dueAt, @now)
     ON CONFLICT (application_id, reviewer_id) DO UPDATE SET status = 'assigned', locked = 0,
       due_at = excluded.due_at, created_at = excluded.created_at`,
  );
  db.transaction(() => {
    for (const pair of change.remove) remove.run({ callId: change.callId, ...pair });
    for (const pair of change.add)
      add.run({ callId: change.callId, dueAt: change.dueAt, now: change.now, ...pair });
  })();
}

/** Assigns one pair by hand; manual assignments are locked so auto-assignment keeps them. */
export function assignManually(
  db: Db,
  pair: Pair & { callId: string; dueAt: string | null; now: string },
): void {
  db.prepare(
    `INSERT INTO assignments (call_id, application_id, reviewer_id, status, locked, due_at, created_at)
     VALUES (@callId, @applicationId, @reviewerId, 'assigned', 1, @dueAt, @now)
     ON CONFLICT (application_id, reviewer_id) DO UPDATE SET status = 'assigned', locked = 1,
       due_at = excluded.due_at, created_at = excluded.created_at`,
  ).run(pair);
}

export function deleteAssignment(db: Db, pair: Pair & { callId: string }): boolean {
  return (
    db
      .prepare(
        'DELETE FROM assignments WHERE call_id = @callId AND application_id = @applicationId AND reviewer_id = @reviewerId',
      )
      .run(pair).changes > 0
  );
}

export function setAssignmentLocked(db: Db, pair: Pair & { callId: string; locked: boolean }): boolean {
  return (
    db
      .prepare(
        `UPDATE assignments SET locked = @locked
         WHERE call_id = @callId AND application_id = @applicationId AND reviewer_id = @reviewerId`,
      )
      .run({ ...pair, locked: pair.locked ? 1 : 0 }).changes > 0
  );
}

export function findApplicationInCall(
  db: Db,
  callId: string,
  applicationId: string,
): { id: string; referenceNo: string; status: string } | undefined {
  return db
    .prepare('SELECT id, reference_no AS referenceNo, status FROM applications WHERE id = ? AND call_id = ?')
    .get(applicationId, callId) as { id: string; referenceNo: string; status: string } | undefined;
}

export function findReviewerForAssignment(
  db: Db,
  reviewerId: string,
): { id: string; name: string; maxLoad: number } | undefined {
  return db.prepare('SELECT id, name, max_load AS maxLoad FROM reviewers WHERE id = ?').get(reviewerId) as
    { id: string; name: string; maxLoad: number } | undefined;
}

/** Active assignments of one reviewer in every call. */
export function reviewerLoad(db: Db, reviewerId: string): number {
  const row = db
    .prepare(`SELECT count(*) AS load FROM assignments WHERE reviewer_id = ? AND status = 'assigned'`)
    .get(reviewerId) as { load: number };
  return row.load;
}

function parseStringArray(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
