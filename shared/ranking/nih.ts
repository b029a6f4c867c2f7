/**
 * NIH-style summaries.
 *
 * - Overall impact = 10 × mean of the reviewers' 1–9 scores, as an integer. NIH rounds the mean
 *   "mathematically" to one decimal before multiplying, i.e. half up: 2.25 → 2.3 → 23. The
 *   1e-9 guard keeps binary fractions like 10 × 2.25 = 22.499999… on the intended side.
 * - Percentile = 100 × (R − 0.5) / N with R the tie-averaged rank (1 = best). NIH reports whole
 *   numbers 1–99, always rounding up (10.1 → 11); both the exact and the NIH value are returned.
 */
import { orient } from './direction';
import { ranksDescending } from './stats';
import type { Direction } from './types';

const EPS = 1e-9;

export function nihOverallImpact(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  let sum = 0;
  for (const s of scores) sum += s;
  return Math.floor((10 * sum) / scores.length + 0.5 + EPS);
}

export interface PercentileEntry {
  id: string;
  value: number;
  /** Tie-averaged rank, 1 = best. */
  rank: number;
  /** 100 × (rank − 0.5) / N, unrounded. */
  percentile: number;
  /** NIH presentation: rounded up to a whole number and kept within 1..99. */
  nihPercentile: number;
}

/** Percentiles of a set of application values (e.g. overall impact scores) on a given scale. */
export function percentiles(
  values: Readonly<Record<string, number>>,
  direction: Direction,
): PercentileEntry[] {
  const ids = Object.keys(values).sort();
  const oriented = ids.map((id) => orient(values[id] as number, direction));
  const ranks = ranksDescending(oriented);
  const n = ids.length;
  return ids.map((id, i) => {
    const rank = ranks[i] as number;
    const percentile = (100 * (rank - 0.5)) / n;
    const nihPercentile = Math.min(99, Math.max(1, Math.ceil(percentile - EPS)));
    return { id, value: values[id] as number, rank, percentile, nihPercentile };
  });
}
