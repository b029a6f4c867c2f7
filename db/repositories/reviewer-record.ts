import type { Db } from '../connection';

/** Reviewer record (issue 12): the raw facts per reviewer and call, ratings, weights and annotations. */

export interface RecordCallRow {
  callId: string;
  code: string;
  titleZh: string;
  titleEn: string;
  createdAt: string;
}

export interface RecordAssignmentRow {
  callId: string;
  applicationId: string;
  reviewerId: string;
  status: 'assigned' | 'recused' | 'released';
  /** The assignment's own due date, else the call's review due date. */
  dueAt: string | null;
  reviewStatus: 'draft' | 'submitted' | 'recused' | null;
  submittedAt: string | null;
  commentsJson: string | null;
}

export interface RecordConflictRow {
  callId: string;
  reviewerId: string;
  count: number;
}

export interface ReviewRatingRow {
  callId: string;
  applicationId: string;
  reviewerId: string;
  rating: number;
  note: string;
  ratedAt: string;
}

export interface AnnotationRow {
  id: number;
  reviewerId: string;
  note: string;
  createdAt: string;
}

export function listRecordCalls(db: Db): RecordCallRow[] {
  return db
    .prepare(
      `SELECT id AS callId, code, title_zh AS titleZh, title_en AS titleEn, created_at AS createdAt
       FROM calls ORDER BY created_at, code`,
    )
    .all() as RecordCallRow[];
}

export function listRecordReviewers(db: Db): { id: string; name: string; institution: string }[] {
  return db.prepare('SELECT id, name, institution FROM reviewers ORDER BY name, id').all() as {
    id: string;
    name: string;
    institution: string;
  }[];
}

/** Every assignment with the review that answers it (if any). Released assignments are left out. */
export function listRecordAssignments(db: Db): RecordAssignmentRow[] {
  return db
    .prepare(
      `SELECT a.call_id AS callId, a.application_id AS applicationId, a.reviewer_id AS reviewerId,
              a.status, COALESCE(a.due_at, c.review_due_at) AS dueAt, r.status AS reviewStatus,
              r.submitted_at AS submittedAt, r.comments_json AS commentsJson
       FROM assignments a
       JOIN calls c ON c.id = a.call_id
       LEFT JOIN reviews r
         ON r.call_id = a.call_id AND r.application_id = a.application_id AND r.reviewer_id = a.reviewer_id
       WHERE a.status <> 'released'
       ORDER BY a.call_id, a.reviewer_id, a.application_id`,
    )
    .all() as RecordAssignmentRow[];
}

/** Conflicts the reviewers declared themselves, per reviewer and call. */
export function countDeclaredConflicts(db: Db): RecordConflictRow[] {
  return db
    .prepare(
      `SELECT ap.call_id AS callId, co.reviewer_id AS reviewerId, COUNT(*) AS count
       FROM conflicts co JOIN applications ap ON ap.id = co.application_id
       WHERE co.source = 'reviewer' OR co.type = 'declared-by-reviewer'
       GROUP BY ap.call_id, co.reviewer_id`,
    )
    .all() as RecordConflictRow[];
}

export function listRatings(db: Db): ReviewRatingRow[] {
  return db
    .prepare(
      `SELECT call_id AS callId, application_id AS applicationId, reviewer_id AS reviewerId, rating, note,
              rated_at AS ratedAt
       FROM review_ratings ORDER BY call_id, application_id, reviewer_id`,
    )
    .all() as ReviewRatingRow[];
}

export function findRating(
  db: Db,
  key: { callId: string; applicationId: string; reviewerId: string },
): ReviewRatingRow | null {
  const row = db
    .prepare(
      `SELECT call_id AS callId, application_id AS applicationId, reviewer_id AS reviewerId, rating, note,
              rated_at AS ratedAt
       FROM review_ratings WHERE call_id = @callId AND application_id = @applicationId AND reviewer_id = @reviewerId`,
    )
    .get(key) as ReviewRatingRow | undefined;
  return row ?? null;
}

/** The status of one merged review, or null when there is none. */
export function reviewStatus(
  db: Db,
  key: { callId: string; applicationId: string; reviewerId: string },
): string | null {
  const status = db
    .prepare(
      'SELECT status FROM reviews WHERE call_id = @callId AND application_id = @applicationId AND reviewer_id = @reviewerId',
    )
    .pluck()
    .get(key) as string | undefined;
  return status ?? null;
}

export function upsertRating(db: Db, row: ReviewRatingRow): void {
  db.prepare(
    `INSERT INTO review_ratings (call_id, application_id, reviewer_id, rating, note, rated_at)
     VALUES (@callId, @applicationId, @reviewerId, @rating, @note, @ratedAt)
     ON CONFLICT (call_id, application_id, reviewer_id)
     DO UPDATE SET rating = excluded.rating, note = excluded.note, rated_at = excluded.rated_at`,
  ).run(row);
}

export function listCreditWeights(db: Db): { component: string; weight: number }[] {
  return db.prepare('SELECT component, weight FROM credit_weights ORDER BY component').all() as {
    component: string;
    weight: number;
  }[];
}

export function replaceCreditWeights(db: Db, weights: Record<string, number>, at: string): void {
  db.prepare('DELETE FROM credit_weights').run();
  const insert = db.prepare('INSERT INTO credit_weights (component, weight, set_at) VALUES (?, ?, ?)');
  for (const [component, weight] of Object.entries(weights)) insert.run(component, weight, at);
}

export function listAnnotations(db: Db): AnnotationRow[] {
  return db
    .prepare(
      `SELECT id, reviewer_id AS reviewerId, note, created_at AS createdAt
       FROM reviewer_annotations ORDER BY reviewer_id, id`,
    )
    .all() as AnnotationRow[];
}

export function insertAnnotation(
  db: Db,
  row: { reviewerId: string; note: string; createdAt: string },
): number {
  return Number(
    db
      .prepare(
        'INSERT INTO reviewer_annotations (reviewer_id, note, created_at) VALUES (@reviewerId, @note, @createdAt)',
      )
      .run(row).lastInsertRowid,
  );
}

export function reviewerExists(db: Db, reviewerId: string): boolean {
  return db.prepare('SELECT 1 FROM reviewers WHERE id = ?').get(reviewerId) !== undefined;
}

/**
 * Reviews each reviewer holds (active assignments) in calls other than `exceptCallId`, in calendar
 * year `year`. An assignment's year is that of its due date, else its call's review due date, else
 * the day it was made.
 */
export function reviewsInYearElsewhere(
  db: Db,
  { year, exceptCallId }: { year: string; exceptCallId: string },
): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT a.reviewer_id AS reviewerId, COUNT(*) AS count
       FROM assignments a JOIN calls c ON c.id = a.call_id
       WHERE a.status = 'assigned' AND a.call_id <> @exceptCallId
         AND substr(COALESCE(a.due_at, c.review_due_at, a.created_at), 1, 4) = @year
       GROUP BY a.reviewer_id`,
    )
    .all({ year, exceptCallId }) as { reviewerId: string; count: number }[];
  return Object.fromEntries(rows.map((row) => [row.reviewerId, row.count]));
}
