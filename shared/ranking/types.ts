/**
 * Plain input/output types for scoring and ranking. They are deliberately minimal so the
 * database rows, bundle schemas and UI models can be adapted to them without this folder knowing
 * about any of those.
 */

/** Which end of a scale is best. NIH (1 = exceptional) and AIBS (0–40) are lower-is-better. */
export type Direction = 'higher-is-better' | 'lower-is-better';

export type RankMethod = 'mean' | 'zscore' | 'bayes';

/** Outcome of the funding line for one application. */
export type FundingGroup = 'funded' | 'lottery' | 'rejected';

/** Closed interval [lo, hi] on the rank scale (1 = best). */
export type Interval = [number, number];

/** One overall score of one application by one reviewer; null = not scored (e.g. conflict). */
export interface ScoreRow {
  application: string;
  reviewer: string;
  score: number | null;
}

/** Only reviews with this status count anywhere; drafts and recusals never do. */
export const SUBMITTED = 'submitted';

/** One reviewer's review of one application, at criterion level. */
export interface ReviewInput {
  reviewer: string;
  /** Only 'submitted' counts; 'draft', 'recused' and anything else are ignored. */
  status: string;
  /** Criterion id → score; a missing or null criterion was not scored in this review. */
  criteria: Readonly<Record<string, number | null | undefined>>;
  /** An overall score the rubric asks for directly (NIH overall impact, SNSF grade). */
  overall?: number | null;
  /** e.g. 优先资助 / 可资助 / 不予资助; tallied as given. */
  recommendation?: string | null;
}

export interface CriterionSpec {
  id: string;
  /** Relative weight for the weighted total; weights are normalised to sum to 1. Default 1. */
  weight?: number;
  /** Minimum acceptable mean (maximum when lower is better). */
  threshold?: number;
}

export interface RubricSpec {
  direction: Direction;
  criteria: readonly CriterionSpec[];
  /** Threshold on the total = unweighted sum of criterion means (Horizon Europe: 10 of 15). */
  totalThreshold?: number;
  /** Flag a disagreement when max − min of the reviews' overall scores exceeds this. */
  disagreementLimit?: number;
  /**
   * How a review's overall score is formed when the review has no `overall` of its own:
   * 'weighted-mean' (default) = Σ ŵ·score with normalised weights; 'sum' = unweighted sum
   * (the Horizon Europe total). Either needs every criterion scored.
   */
  overallFrom?: 'weighted-mean' | 'sum';
}

/**
 * A warning with a stable code (its i18n key) and parameters. rank-table also renders these as
 * plain English lines for the CLI's `warnings` field (see notices.ts).
 */
export interface Notice {
  code: string;
  params: Record<string, string | number>;
}
