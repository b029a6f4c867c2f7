/**
 * Reviewer record (issue 12): the officer's ratings of reviews, the weights of the credit score and
 * the officer's annotations on a reviewer.
 *
 * - A rating (1–4, usefulness of one review, optional note) belongs to the merged review it rates
 *   and goes with it.
 * - Credit weights: one row per component of the score; the score is the weighted mean of the
 *   components, so the weights are what the officer declares and every screen shows them.
 * - Annotations are appended, never edited: the officer may add a note beside a score, never change
 *   the score itself. Every change of the three tables is also in audit_log.
 */
export const sql = /* sql */ `
CREATE TABLE review_ratings (
  call_id TEXT NOT NULL,
  application_id TEXT NOT NULL,
  reviewer_id TEXT NOT NULL,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  note TEXT NOT NULL DEFAULT '',
  rated_at TEXT NOT NULL,
  PRIMARY KEY (call_id, application_id, reviewer_id),
  FOREIGN KEY (call_id, application_id, reviewer_id)
    REFERENCES reviews (call_id, application_id, reviewer_id) ON DELETE CASCADE
) STRICT;

CREATE TABLE credit_weights (
  component TEXT PRIMARY KEY,
  weight REAL NOT NULL CHECK (weight >= 0 AND weight <= 100),
  set_at TEXT NOT NULL
) STRICT;

CREATE TABLE reviewer_annotations (
  id INTEGER PRIMARY KEY,
  reviewer_id TEXT NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
  note TEXT NOT NULL CHECK (length(trim(note)) > 0),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX reviewer_annotations_reviewer ON reviewer_annotations (reviewer_id, id);
`;
