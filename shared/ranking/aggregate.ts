/**
 * Per-application aggregates.
 *
 * Invariants:
 * - Only submitted reviews count; drafts and recusals never do. A missing or null score is
 *   "not scored", never zero.
 * - Results never depend on input order (applications are reported sorted by id; statistics are
 *   symmetric in their inputs).
 * - Thresholds follow the Horizon Europe rule: every criterion mean must reach its threshold AND the
 *   total (unweighted sum of criterion means) must reach the total threshold. Weights only affect
 *   the weighted total used for ranking, never the thresholds.
 */
import { AppError } from '../errors';
import { atLeastAsGood } from './direction';
import { nihOverallImpact } from './nih';
import { mean, median, sampleSd } from './stats';
import { SUBMITTED, type ReviewInput, type RubricSpec, type ScoreRow } from './types';

export interface ScoreSummary {
  n: number;
  mean: number | null;
  median: number | null;
  /** Sample SD (n − 1); null when fewer than 2 scores. */
  sd: number | null;
  min: number | null;
  max: number | null;
  /** max − min; null when no scores. */
  range: number | null;
}

export function summarize(scores: readonly number[]): ScoreSummary {
  if (scores.length === 0) {
    return { n: 0, mean: null, median: null, sd: null, min: null, max: null, range: null };
  }
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) {
    if (s < min) min = s;
    if (s > max) max = s;
  }
  return {
    n: scores.length,
    mean: mean(scores),
    median: median(scores),
    sd: sampleSd(scores),
    min,
    max,
    range: max - min,
  };
}

export function assertFiniteScore(score: number, application: string, reviewer: string): void {
  if (!Number.isFinite(score)) {
    throw new AppError('ranking.errors.invalidScore', { application, reviewer, score: String(score) });
  }
}

export interface ApplicationScores extends ScoreSummary {
  application: string;
  /** Reviewer → score, for the reviewers who scored. */
  scores: Record<string, number>;
  /** Reviewers listed with a null score (not scored, e.g. conflicted). */
  missing: string[];
}

/**
 * Overall-score summaries per application from score rows. Rows with a null score are recorded
 * as missing. Two rows for the same (application, reviewer) are refused: there is one review per
 * pair, and silently picking one would make the result depend on row order.
 */
export function aggregateScores(rows: readonly ScoreRow[]): ApplicationScores[] {
  const byApp = new Map<string, { scores: Map<string, number>; missing: Set<string> }>();
  for (const row of rows) {
    let entry = byApp.get(row.application);
    if (entry === undefined) {
      entry = { scores: new Map(), missing: new Set() };
      byApp.set(row.application, entry);
    }
    if (entry.scores.has(row.reviewer) || entry.missing.has(row.reviewer)) {
      throw new AppError('ranking.errors.duplicateScore', {
        application: row.application,
        reviewer: row.reviewer,
      });
    }
    if (row.score === null) {
      entry.missing.add(row.reviewer);
    } else {
      assertFiniteScore(row.score, row.application, row.reviewer);
      entry.scores.set(row.reviewer, row.score);
    }
  }
  return [...byApp.keys()].sort().map((application) => {
    const entry = byApp.get(application) as { scores: Map<string, number>; missing: Set<string> };
    const reviewers = [...entry.scores.keys()].sort();
    const scores: Record<string, number> = {};
    for (const r of reviewers) scores[r] = entry.scores.get(r) as number;
    return {
      application,
      ...summarize(reviewers.map((r) => scores[r] as number)),
      scores,
      missing: [...entry.missing].sort(),
    };
  });
}

export interface ThresholdResult {
  /** Criterion id → passes; null when nobody scored the criterion or it has no threshold. */
  criteria: Record<string, boolean | null>;
  /** Total (unweighted sum of criterion means) passes; null when no total threshold or no total. */
  total: boolean | null;
  /** Every applicable check passes; null when any check could not be evaluated. */
  pass: boolean | null;
}

export interface ReviewAggregate extends ScoreSummary {
  /** Submitted reviews counted. */
  reviews: number;
  criterionMeans: Record<string, number | null>;
  criterionN: Record<string, number>;
  /** Σ ŵ_c · mean_c with weights normalised to sum 1; null if a criterion has no scores. */
  weightedTotal: number | null;
  /** Unweighted Σ mean_c (the Horizon Europe total); null if a criterion has no scores. */
  total: number | null;
  thresholds: ThresholdResult;
  /** Recommendation → count, submitted reviews only. */
  recommendations: Record<string, number>;
  /** Spread (max − min) of overall scores exceeds the rubric's limit. */
  disagreement: boolean;
  /** 10 × mean of overall scores, rounded half up (meaningful for NIH-style 1–9 rubrics). */
  nihImpact: number | null;
}

function normalisedWeights(rubric: RubricSpec): number[] {
  const raw = rubric.criteria.map((c) => c.weight ?? 1);
  let sum = 0;
  for (const w of raw) {
    if (!Number.isFinite(w) || w < 0) {
      throw new AppError('ranking.errors.invalidOption', { option: 'weight', value: String(w) });
    }
    sum += w;
  }
  if (sum <= 0) throw new AppError('ranking.errors.invalidOption', { option: 'weight', value: '0' });
  return raw.map((w) => w / sum);
}

/** A review's overall score: its own `overall`, else formed from all of its criteria. */
export function reviewOverall(
  review: ReviewInput,
  rubric: RubricSpec,
  weights: readonly number[],
): number | null {
  if (typeof review.overall === 'number') return review.overall;
  if (rubric.criteria.length === 0) return null;
  let total = 0;
  for (let i = 0; i < rubric.criteria.length; i++) {
    const c = rubric.criteria[i];
    const v = c === undefined ? undefined : review.criteria[c.id];
    if (typeof v !== 'number') return null;
    total += rubric.overallFrom === 'sum' ? v : (weights[i] as number) * v;
  }
  return total;
}

/** Criterion-level aggregate of one application's reviews under a rubric. */
export function aggregateReviews(reviews: readonly ReviewInput[], rubric: RubricSpec): ReviewAggregate {
  const weights = normalisedWeights(rubric);
  const submitted = reviews.filter((r) => r.status === SUBMITTED);
  const seen = new Set<string>();
  for (const r of submitted) {
    if (seen.has(r.reviewer)) {
      throw new AppError('ranking.errors.duplicateScore', { application: '', reviewer: r.reviewer });
    }
    seen.add(r.reviewer);
  }

  const criterionMeans: Record<string, number | null> = {};
  const criterionN: Record<string, number> = {};
  for (const c of rubric.criteria) {
    const values: number[] = [];
    for (const r of submitted) {
      const v = r.criteria[c.id];
      if (typeof v === 'number') {
        assertFiniteScore(v, '', r.reviewer);
        values.push(v);
      }
    }
    criterionMeans[c.id] = mean(values);
    criterionN[c.id] = values.length;
  }

  let weightedTotal: number | null = rubric.criteria.length === 0 ? null : 0;
  let total: number | null = weightedTotal;
  for (let i = 0; i < rubric.criteria.length; i++) {
    const c = rubric.criteria[i] as (typeof rubric.criteria)[number];
    const m = criterionMeans[c.id];
    if (m === null || m === undefined || weightedTotal === null || total === null) {
      weightedTotal = null;
      total = null;
      break;
    }
    weightedTotal += (weights[i] as number) * m;
    total += m;
  }

  const criteriaPass: Record<string, boolean | null> = {};
  let pass: boolean | null = true;
  for (const c of rubric.criteria) {
    const m = criterionMeans[c.id];
    if (c.threshold === undefined) {
      criteriaPass[c.id] = null;
      continue;
    }
    const ok = m === null || m === undefined ? null : atLeastAsGood(m, c.threshold, rubric.direction);
    criteriaPass[c.id] = ok;
    pass = combine(pass, ok);
  }
  let totalPass: boolean | null = null;
  if (rubric.totalThreshold !== undefined) {
    totalPass = total === null ? null : atLeastAsGood(total, rubric.totalThreshold, rubric.direction);
    pass = combine(pass, totalPass);
  }

  const recommendations: Record<string, number> = {};
  for (const r of submitted) {
    if (typeof r.recommendation === 'string' && r.recommendation !== '') {
      recommendations[r.recommendation] = (recommendations[r.recommendation] ?? 0) + 1;
    }
  }

  const overall: number[] = [];
  for (const r of submitted) {
    const o = reviewOverall(r, rubric, weights);
    if (o !== null) {
      assertFiniteScore(o, '', r.reviewer);
      overall.push(o);
    }
  }
  const summary = summarize(overall);
  const limit = rubric.disagreementLimit;
  return {
    ...summary,
    reviews: submitted.length,
    criterionMeans,
    criterionN,
    weightedTotal,
    total,
    thresholds: { criteria: criteriaPass, total: totalPass, pass },
    recommendations,
    disagreement: limit !== undefined && summary.range !== null && summary.range > limit,
    nihImpact: nihOverallImpact(overall),
  };
}

/** false dominates (a failed check fails the whole), then unknown, then true. */
function combine(acc: boolean | null, next: boolean | null): boolean | null {
  if (acc === false || next === false) return false;
  if (acc === null || next === null) return null;
  return true;
}
