import {
  budgetOpinionSchema,
  recusalSchema,
  reviewStatusSchema,
  type ReviewContent,
} from '../../shared/domain/review';
import type { Db } from '../connection';

/** One review row with its scores, as the reviewer's workspace stores it. */
export interface StoredReview {
  content: ReviewContent;
  revision: number;
  digest: string;
  exportedRevision: number | null;
  updatedAt: string;
  submittedAt: string | null;
}

export interface ReviewKey {
  callId: string;
  applicationId: string;
  reviewerId: string;
}

interface ReviewRow {
  callId: string;
  applicationId: string;
  reviewerId: string;
  status: string;
  revision: number;
  digest: string;
  recommendation: string | null;
  familiarity: string | null;
  choices: string;
  comments: string;
  budgetOpinion: string | null;
  recusal: string | null;
  exportedRevision: number | null;
  updatedAt: string;
  submittedAt: string | null;
}

const selectReview = `SELECT call_id AS callId, application_id AS applicationId, reviewer_id AS reviewerId,
  status, revision, digest, recommendation, familiarity, choices_json AS choices,
  comments_json AS comments, budget_opinion_json AS budgetOpinion, recusal_json AS recusal,
  exported_revision AS exportedRevision, updated_at AS updatedAt, submitted_at AS submittedAt
  FROM reviews`;

function scoresOf(db: Db, key: ReviewKey): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT criterion_id AS criterion, value FROM review_scores
       WHERE call_id = ? AND application_id = ? AND reviewer_id = ? ORDER BY criterion_id`,
    )
    .all(key.callId, key.applicationId, key.reviewerId) as { criterion: string; value: number }[];
  return Object.fromEntries(rows.map((row) => [row.criterion, row.value]));
}

function fromRow(db: Db, row: ReviewRow): StoredReview {
  return {
    content: {
      callId: row.callId,
      applicationId: row.applicationId,
      reviewerId: row.reviewerId,
      status: reviewStatusSchema.parse(row.status),
      scores: scoresOf(db, row),
      choices: JSON.parse(row.choices) as Record<string, string>,
      comments: JSON.parse(row.comments) as Record<string, string>,
      recommendation: row.recommendation,
      familiarity: row.familiarity as ReviewContent['familiarity'],
      budgetOpinion: row.budgetOpinion ? budgetOpinionSchema.parse(JSON.parse(row.budgetOpinion)) : null,
      recusal: row.recusal ? recusalSchema.parse(JSON.parse(row.recusal)) : null,
    },
    revision: row.revision,
    digest: row.digest,
    exportedRevision: row.exportedRevision,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt,
  };
}

export function findReview(db: Db, key: ReviewKey): StoredReview | undefined {
  const row = db
    .prepare(`${selectReview} WHERE call_id = ? AND application_id = ? AND reviewer_id = ?`)
    .get(key.callId, key.applicationId, key.reviewerId) as ReviewRow | undefined;
  return row ? fromRow(db, row) : undefined;
}

/** Every review of one reviewer, optionally of one call, by application id. */
export function listReviews(db: Db, reviewerId: string, callId?: string): StoredReview[] {
  const rows = (
    callId === undefined
      ? db.prepare(`${selectReview} WHERE reviewer_id = ? ORDER BY application_id`).all(reviewerId)
      : db
          .prepare(`${selectReview} WHERE reviewer_id = ? AND call_id = ? ORDER BY application_id`)
          .all(reviewerId, callId)
  ) as ReviewRow[];
  return rows.map((row) => fromRow(db, row));
}

/** Replaces the review row and its scores. One transaction: the autosave commit point. */
export function writeReview(db: Db, review: StoredReview): void {
  const { content } = review;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO reviews (call_id, application_id, reviewer_id, status, revision, digest,
         recommendation, familiarity, choices_json, comments_json, budget_opinion_json, recusal_json,
         exported_revision, updated_at, submitted_at)
       VALUES (@callId, @applicationId, @reviewerId, @status, @revision, @digest, @recommendation,
         @familiarity, @choices, @comments, @budgetOpinion, @recusal, @exportedRevision, @updatedAt,
         @submittedAt)
       ON CONFLICT (call_id, application_id, reviewer_id) DO UPDATE SET status = excluded.status,
         revision = excluded.revision, digest = excluded.digest,
         recommendation = excluded.recommendation, familiarity = excluded.familiarity,
         choices_json = excluded.choices_json, comments_json = excluded.comments_json,
         budget_opinion_json = excluded.budget_opinion_json, recusal_json = excluded.recusal_json,
         exported_revision = excluded.exported_revision, updated_at = excluded.updated_at,
         submitted_at = excluded.submitted_at`,
    ).run({
      callId: content.callId,
      applicationId: content.applicationId,
      reviewerId: content.reviewerId,
      status: content.status,
      revision: review.revision,
      digest: review.digest,
      recommendation: content.recommendation,
      familiarity: content.familiarity,
      choices: JSON.stringify(content.choices),
      comments: JSON.stringify(content.comments),
      budgetOpinion: content.budgetOpinion ? JSON.stringify(content.budgetOpinion) : null,
      recusal: content.recusal ? JSON.stringify(content.recusal) : null,
      exportedRevision: review.exportedRevision,
      updatedAt: review.updatedAt,
      submittedAt: review.submittedAt,
    });
    const key = [content.callId, content.applicationId, content.reviewerId] as const;
    db.prepare('DELETE FROM review_scores WHERE call_id = ? AND application_id = ? AND reviewer_id = ?').run(
      ...key,
    );
    const insertScore = db.prepare(
      `INSERT INTO review_scores (call_id, application_id, reviewer_id, criterion_id, value)
       VALUES (?, ?, ?, ?, ?)`,
    );
    for (const [criterion, value] of Object.entries(content.scores))
      insertScore.run(...key, criterion, value);
  })();
}

/** Records that an export carried these revisions. Run inside the caller's transaction. */
export function markReviewsExported(db: Db, reviews: readonly { key: ReviewKey; revision: number }[]): void {
  const update = db.prepare(
    `UPDATE reviews SET exported_revision = ?
     WHERE call_id = ? AND application_id = ? AND reviewer_id = ? AND revision = ?`,
  );
  for (const { key, revision } of reviews) {
    update.run(revision, key.callId, key.applicationId, key.reviewerId, revision);
  }
}
