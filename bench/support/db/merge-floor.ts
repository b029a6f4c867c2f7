import type { Db } from '../../../db/connection';
import type { ReviewRow } from '../../../db/repositories/merge';

/**
 * The benchmark floor for merging: the same `reviews` and `review_scores` rows a merge writes,
 * inserted raw — one transaction, two prepared statements, no reading, checking or history.
 */
export function insertReviewRowsRaw(
  db: Db,
  callId: string,
  batches: readonly { reviewerId: string; rows: readonly ReviewRow[] }[],
  now: string,
  /** The connection's page cache for the insert; undefined keeps the workspace default. */
  cacheKiB?: number,
): void {
  if (cacheKiB !== undefined) db.pragma(`cache_size = -${cacheKiB}`);
  const review = db.prepare(
    `INSERT INTO reviews (call_id, application_id, reviewer_id, status, revision, digest, recommendation,
       familiarity, choices_json, comments_json, budget_opinion_json, recusal_json, updated_at, submitted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const score = db.prepare(
    `INSERT INTO review_scores (call_id, application_id, reviewer_id, criterion_id, value)
     VALUES (?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const { reviewerId, rows } of batches) {
      for (const row of rows) {
        review.run(
          callId,
          row.applicationId,
          reviewerId,
          row.status,
          row.revision,
          row.digest,
          row.recommendation,
          row.familiarity,
          row.choicesJson,
          row.commentsJson,
          row.budgetOpinionJson,
          row.recusalJson,
          now,
          row.status === 'submitted' ? now : null,
        );
        for (let i = 0; i < row.criteria.length; i += 1) {
          score.run(callId, row.applicationId, reviewerId, row.criteria[i], row.values[i]);
        }
      }
    }
  })();
}
