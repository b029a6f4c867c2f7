import type { Db } from '../connection';

/**
 * Reads of the core tables that results need: one call with its rubric, challenges, applications,
 * integrity flags and every review with its criterion scores. Plain rows; the use cases in
 * electron/results/ validate the JSON columns with the zod schemas of shared/.
 */
export interface CallRow {
  id: string;
  code: string;
  titleZh: string;
  titleEn: string;
  category: 'general' | 'lump-sum' | 'challenge';
  status: string;
  budgetEnvelope: number | null;
  integrityMakesIneligible: boolean;
  rubricVersion: number;
}

export interface ChallengeRow {
  id: string;
  code: string;
  titleZh: string;
  titleEn: string;
  awards: number;
}

export interface ApplicationRow {
  id: string;
  referenceNo: string;
  title: string;
  piName: string;
  institution: string;
  challengeId: string | null;
  requestedTotal: number;
  status: 'active' | 'withdrawn' | 'ineligible' | 'archived';
  /** Has at least one integrity flag. */
  flagged: boolean;
}

export interface ReviewRow {
  applicationId: string;
  reviewerId: string;
  reviewerName: string;
  status: 'draft' | 'submitted' | 'recused';
  recommendation: string | null;
  familiarity: string | null;
  commentsJson: string;
  budgetOpinionJson: string | null;
  scores: Record<string, number>;
}

interface RawCall {
  id: string;
  code: string;
  titleZh: string;
  titleEn: string;
  category: CallRow['category'];
  status: string;
  budgetEnvelope: number | null;
  integrityMakesIneligible: number;
  rubricVersion: number;
}

const CALL_COLUMNS = `id, code, title_zh AS titleZh, title_en AS titleEn, category, status,
  budget_envelope AS budgetEnvelope, integrity_makes_ineligible AS integrityMakesIneligible,
  rubric_version AS rubricVersion`;

function toCall(raw: RawCall): CallRow {
  return { ...raw, integrityMakesIneligible: raw.integrityMakesIneligible === 1 };
}

/** A call by its id or, failing that, by its code (what officers type on the command line). */
export function findCall(db: Db, reference: string): CallRow | null {
  const raw = db
    .prepare(
      `SELECT ${CALL_COLUMNS} FROM calls WHERE id = @ref OR code = @ref ORDER BY id = @ref DESC LIMIT 1`,
    )
    .get({ ref: reference }) as RawCall | undefined;
  return raw ? toCall(raw) : null;
}

export interface CallListRow extends CallRow {
  applications: number;
  submittedReviews: number;
}

export function listCallsWithCounts(db: Db): CallListRow[] {
  const rows = db
    .prepare(
      `SELECT ${CALL_COLUMNS},
        (SELECT count(*) FROM applications a WHERE a.call_id = calls.id) AS applications,
        (SELECT count(*) FROM reviews r WHERE r.call_id = calls.id AND r.status = 'submitted') AS submittedReviews
       FROM calls ORDER BY created_at DESC, code`,
    )
    .all() as (RawCall & { applications: number; submittedReviews: number })[];
  return rows.map((raw) => ({
    ...toCall(raw),
    applications: raw.applications,
    submittedReviews: raw.submittedReviews,
  }));
}

/** The rubric JSON of one version of a call's rubric, or null. */
export function findRubricJson(db: Db, callId: string, version: number): string | null {
  const row = db
    .prepare('SELECT rubric_json AS json FROM rubric_versions WHERE call_id = ? AND version = ?')
    .get(callId, version) as { json: string } | undefined;
  return row?.json ?? null;
}

export function listChallenges(db: Db, callId: string): ChallengeRow[] {
  return db
    .prepare(
      `SELECT id, code, title_zh AS titleZh, title_en AS titleEn, awards
       FROM challenges WHERE call_id = ? ORDER BY code`,
    )
    .all(callId) as ChallengeRow[];
}

export function listApplications(db: Db, callId: string): ApplicationRow[] {
  const rows = db
    .prepare(
      `SELECT id, reference_no AS referenceNo, title, pi_name AS piName, institution,
        challenge_id AS challengeId, requested_total AS requestedTotal, status,
        EXISTS (SELECT 1 FROM integrity_flags f WHERE f.application_id = applications.id) AS flagged
       FROM applications WHERE call_id = ? ORDER BY reference_no`,
    )
    .all(callId) as (Omit<ApplicationRow, 'flagged'> & { flagged: number })[];
  return rows.map((row) => ({ ...row, flagged: row.flagged === 1 }));
}

/** Every review of a call (any status) with its criterion scores and the reviewer's name. */
export function listReviews(db: Db, callId: string): ReviewRow[] {
  const reviews = db
    .prepare(
      `SELECT r.application_id AS applicationId, r.reviewer_id AS reviewerId, v.name AS reviewerName,
        r.status, r.recommendation, r.familiarity, r.comments_json AS commentsJson,
        r.budget_opinion_json AS budgetOpinionJson
       FROM reviews r JOIN reviewers v ON v.id = r.reviewer_id
       WHERE r.call_id = ? ORDER BY r.application_id, r.reviewer_id`,
    )
    .all(callId) as Omit<ReviewRow, 'scores'>[];
  const scores = db
    .prepare(
      `SELECT application_id AS applicationId, reviewer_id AS reviewerId, criterion_id AS criterionId, value
       FROM review_scores WHERE call_id = ?`,
    )
    .all(callId) as { applicationId: string; reviewerId: string; criterionId: string; value: number }[];
  const byReview = new Map<string, Record<string, number>>();
  for (const score of scores) {
    const key = `${score.applicationId}\u0000${score.reviewerId}`;
    const entry = byReview.get(key) ?? {};
    entry[score.criterionId] = score.value;
    byReview.set(key, entry);
  }
  return reviews.map((review) => ({
    ...review,
    scores: byReview.get(`${review.applicationId}\u0000${review.reviewerId}`) ?? {},
  }));
}
