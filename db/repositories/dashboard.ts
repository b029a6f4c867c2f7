import type { WorkflowCounts } from '../../shared/domain/next-step';
import type { Db } from '../connection';

/**
 * Review progress queries for the office dashboard. Every assignment that is not `released` is in
 * one state: `received` (its review is submitted), `recused` (the winning review is a recusal, or the
 * assignment is marked recused), or `outstanding`; an outstanding one is `overdue` once its due
 * date (the assignment's, else the call's review due date) has passed. A due date without a time
 * means the end of that day, UTC.
 */
const ASSIGNMENT_STATES = /* sql */ `
  WITH states AS (
    SELECT a.call_id, a.application_id, a.reviewer_id,
           COALESCE(a.due_at, c.review_due_at) AS due,
           CASE WHEN r.status = 'submitted' THEN 'received'
                WHEN r.status = 'recused' OR a.status = 'recused' THEN 'recused'
                ELSE 'outstanding' END AS state
    FROM assignments a
    JOIN calls c ON c.id = a.call_id
    LEFT JOIN reviews r
      ON r.call_id = a.call_id AND r.application_id = a.application_id AND r.reviewer_id = a.reviewer_id
    WHERE a.status <> 'released'
  ),
  classified AS (
    SELECT *, (state = 'outstanding' AND due IS NOT NULL AND
               julianday(due, CASE WHEN length(due) = 10 THEN '+1 day' ELSE '+0 days' END) <= julianday(@now))
              AS late
    FROM states
  )`;

const COUNTS = /* sql */ `
  count(s.state) AS assigned,
  coalesce(sum(s.state = 'received'), 0) AS received,
  coalesce(sum(s.state = 'recused'), 0) AS recused,
  coalesce(sum(s.state = 'outstanding'), 0) AS outstanding,
  coalesce(sum(s.late), 0) AS overdue`;

export interface ProgressCountsRow {
  assigned: number;
  received: number;
  recused: number;
  outstanding: number;
  overdue: number;
}

export interface CallProgressRow extends ProgressCountsRow {
  id: string;
  code: string;
  titleZh: string;
  titleEn: string;
  reviewDueAt: string | null;
  conflicts: number;
}

/** Unresolved conflicts: keys whose winning revision was received with more than one digest. */
const CONFLICT_KEYS = /* sql */ `
  SELECT r.call_id, r.application_id, r.reviewer_id, r.revision,
         (SELECT count(*) FROM review_history a
          WHERE a.call_id = r.call_id AND a.application_id = r.application_id
            AND a.reviewer_id = r.reviewer_id AND a.revision = r.revision) AS versions
  FROM review_history h
  JOIN reviews r ON r.call_id = h.call_id AND r.application_id = h.application_id
    AND r.reviewer_id = h.reviewer_id AND r.revision = h.revision
  WHERE h.outcome = 'conflict'
  GROUP BY r.call_id, r.application_id, r.reviewer_id`;

export function listCallProgress(db: Db, now: string, callId?: string): CallProgressRow[] {
  return db
    .prepare(
      `${ASSIGNMENT_STATES}
       SELECT c.id, c.code, c.title_zh AS titleZh, c.title_en AS titleEn, c.review_due_at AS reviewDueAt,
              ${COUNTS},
              (SELECT count(*) FROM (${CONFLICT_KEYS}) k WHERE k.call_id = c.id) AS conflicts
       FROM calls c LEFT JOIN classified s ON s.call_id = c.id
       WHERE @callId IS NULL OR c.id = @callId
       GROUP BY c.id
       ORDER BY c.created_at DESC, c.code`,
    )
    .all({ now, callId: callId ?? null }) as CallProgressRow[];
}

export interface ReviewerProgressRow extends ProgressCountsRow {
  id: string;
  name: string;
  email: string;
  nextDueAt: string | null;
  lastBundleAt: string | null;
}

export function listReviewerProgress(db: Db, now: string, callId: string): ReviewerProgressRow[] {
  return db
    .prepare(
      `${ASSIGNMENT_STATES}
       SELECT v.id, v.name, v.email, ${COUNTS},
              min(CASE WHEN s.state = 'outstanding' THEN s.due END) AS nextDueAt,
              (SELECT max(b.imported_at) FROM bundle_log b
               WHERE b.sender_id = v.id AND b.call_id = @callId) AS lastBundleAt
       FROM classified s JOIN reviewers v ON v.id = s.reviewer_id
       WHERE s.call_id = @callId
       GROUP BY v.id
       ORDER BY overdue DESC, outstanding DESC, v.name, v.id`,
    )
    .all({ now, callId }) as ReviewerProgressRow[];
}

export interface ApplicationProgressRow extends ProgressCountsRow {
  id: string;
  referenceNo: string;
  title: string;
}

export function listApplicationProgress(db: Db, now: string, callId: string): ApplicationProgressRow[] {
  return db
    .prepare(
      `${ASSIGNMENT_STATES}
       SELECT p.id, p.reference_no AS referenceNo, p.title, ${COUNTS}
       FROM applications p LEFT JOIN classified s ON s.application_id = p.id AND s.call_id = p.call_id
       WHERE p.call_id = @callId
       GROUP BY p.id
       ORDER BY p.reference_no`,
    )
    .all({ now, callId }) as ApplicationProgressRow[];
}

export interface ChaseRow {
  reviewerId: string;
  name: string;
  email: string;
  outstanding: number;
  overdue: number;
  oldestDueAt: string | null;
  applications: string[];
}

/** Reviewers with outstanding reviews, most overdue first: whom to remind. */
export function listChase(db: Db, now: string, callId: string): ChaseRow[] {
  const rows = db
    .prepare(
      `${ASSIGNMENT_STATES}
       SELECT v.id AS reviewerId, v.name, v.email,
              count(*) AS outstanding, coalesce(sum(s.late), 0) AS overdue, min(s.due) AS oldestDueAt,
              json_group_array(p.reference_no) AS applicationsJson
       FROM (SELECT * FROM classified ORDER BY application_id) s
       JOIN reviewers v ON v.id = s.reviewer_id
       JOIN applications p ON p.id = s.application_id
       WHERE s.call_id = @callId AND s.state = 'outstanding'
       GROUP BY v.id
       ORDER BY overdue DESC, oldestDueAt IS NULL, oldestDueAt, outstanding DESC, v.name`,
    )
    .all({ now, callId }) as (Omit<ChaseRow, 'applications'> & { applicationsJson: string })[];
  return rows.map(({ applicationsJson, ...row }) => ({
    ...row,
    applications: (JSON.parse(applicationsJson) as string[]).sort(),
  }));
}

export interface RecusalRow {
  applicationId: string;
  referenceNo: string;
  title: string;
  reviewerId: string;
  reviewerName: string;
  reason: string;
  activeReviewers: number;
}

/** Recused assignments with the conflict the reviewer declared, for reassignment. */
export function listRecusals(db: Db, callId: string): RecusalRow[] {
  return db
    .prepare(
      `SELECT a.application_id AS applicationId, p.reference_no AS referenceNo, p.title,
              a.reviewer_id AS reviewerId, v.name AS reviewerName, coalesce(k.reason, '') AS reason,
              (SELECT count(*) FROM assignments o
               WHERE o.call_id = a.call_id AND o.application_id = a.application_id AND o.status = 'assigned')
                AS activeReviewers
       FROM assignments a
       JOIN applications p ON p.id = a.application_id
       JOIN reviewers v ON v.id = a.reviewer_id
       LEFT JOIN conflicts k ON k.application_id = a.application_id AND k.reviewer_id = a.reviewer_id
         AND k.type = 'declared-by-reviewer'
       WHERE a.call_id = ? AND a.status = 'recused'
       ORDER BY activeReviewers, p.reference_no, v.name`,
    )
    .all(callId) as RecusalRow[];
}

export interface ConflictRow {
  applicationId: string;
  referenceNo: string;
  reviewerId: string;
  reviewerName: string;
  revision: number;
  versions: number;
}

export function listConflicts(db: Db, callId: string): ConflictRow[] {
  return db
    .prepare(
      `SELECT k.application_id AS applicationId, p.reference_no AS referenceNo, k.reviewer_id AS reviewerId,
              v.name AS reviewerName, k.revision, k.versions
       FROM (${CONFLICT_KEYS}) k
       JOIN applications p ON p.id = k.application_id
       JOIN reviewers v ON v.id = k.reviewer_id
       WHERE k.call_id = ?
       ORDER BY p.reference_no, v.name`,
    )
    .all(callId) as ConflictRow[];
}

export interface ConflictVersionRow {
  revision: number;
  digest: string;
  current: number;
  receivedAt: string;
  contentJson: string;
}

/** The versions of one review at its winning revision, winner first. */
export function listConflictVersions(
  db: Db,
  key: { callId: string; applicationId: string; reviewerId: string },
): { referenceNo: string; reviewerName: string; versions: ConflictVersionRow[] } | undefined {
  const names = db
    .prepare(
      `SELECT p.reference_no AS referenceNo, v.name AS reviewerName
       FROM applications p, reviewers v WHERE p.id = @applicationId AND p.call_id = @callId AND v.id = @reviewerId`,
    )
    .get(key) as { referenceNo: string; reviewerName: string } | undefined;
  if (!names) return undefined;
  const versions = db
    .prepare(
      `SELECT h.revision, h.digest, (h.digest = r.digest) AS current, h.received_at AS receivedAt,
              h.content_json AS contentJson
       FROM reviews r JOIN review_history h
         ON h.call_id = r.call_id AND h.application_id = r.application_id AND h.reviewer_id = r.reviewer_id
         AND h.revision = r.revision
       WHERE r.call_id = @callId AND r.application_id = @applicationId AND r.reviewer_id = @reviewerId
       ORDER BY current DESC, h.digest DESC`,
    )
    .all(key) as ConflictVersionRow[];
  return { ...names, versions };
}

/** The rubric JSON of a call's current version, if it has one. */
export function currentRubricJson(db: Db, callId: string): string | undefined {
  return db
    .prepare(
      `SELECT r.rubric_json FROM calls c
       JOIN rubric_versions r ON r.call_id = c.id AND r.version = c.rubric_version WHERE c.id = ?`,
    )
    .pluck()
    .get(callId) as string | undefined;
}

/** What the Overview's next step is computed from: the newest open call's counts. */
export function workflowCounts(db: Db): WorkflowCounts {
  const reviewers = db.prepare('SELECT count(*) FROM reviewers').pluck().get() as number;
  const call = db
    .prepare(
      `SELECT c.code,
         (SELECT count(*) FROM applications a WHERE a.call_id = c.id AND a.status = 'active') AS activeApplications,
         (SELECT count(*) FROM assignments s WHERE s.call_id = c.id AND s.status = 'assigned') AS assignedPairs,
         (SELECT count(*) FROM issued_packages p WHERE p.call_id = c.id) AS issuedPackages,
         (SELECT count(*) FROM reviews v WHERE v.call_id = c.id AND v.status = 'submitted') AS submittedReviews,
         (SELECT count(*) FROM ranking_runs r WHERE r.call_id = c.id) AS rankingRuns,
         (SELECT count(*) FROM decisions d JOIN applications a ON a.id = d.application_id
           WHERE d.call_id = c.id AND a.status = 'active') AS decisions
       FROM calls c WHERE c.status <> 'archived' ORDER BY c.created_at DESC, c.code LIMIT 1`,
    )
    .get() as NonNullable<WorkflowCounts['call']> | undefined;
  return { call: call ?? null, reviewers };
}
