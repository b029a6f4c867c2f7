/**
 * Per-reviewer figures available from scores alone.
 *
 * - leniency (point methods): the reviewer's mean z-offset, i.e. the mean over their scores of
 *   (score − the application's mean score) / SD of all the call's scores, on the oriented scale
 *   (positive = more generous than the other reviewers of the same applications). Only
 *   applications with at least two scores count; null when the reviewer has none.
 *   With the Bayesian model the caller uses the model's ν instead (report.ts).
 * - agreement: Pearson correlation between the reviewer's scores and the mean of the OTHER
 *   reviewers' scores on the same applications; null with fewer than 3 such applications or when
 *   either side does not vary.
 */
import { pearson } from '../ranking/stats';
import type { Unit } from './units';

export const MIN_AGREEMENT_PAIRS = 3;

export interface ReviewerFigures {
  reviewer: string;
  n: number;
  zOffset: number | null;
  agreement: number | null;
}

function varies(xs: readonly number[]): boolean {
  return xs.some((x) => x !== xs[0]);
}

export function reviewerFigures(units: readonly Unit[], callSd: number | null): ReviewerFigures[] {
  const acc = new Map<string, { n: number; offsets: number[]; own: number[]; others: number[] }>();
  for (const unit of units) {
    const m = unit.values.length;
    let sum = 0;
    for (const v of unit.values) sum += v;
    unit.reviewers.forEach((reviewer, i) => {
      const entry = acc.get(reviewer) ?? { n: 0, offsets: [], own: [], others: [] };
      entry.n += 1;
      if (m >= 2) {
        const v = unit.values[i] as number;
        if (callSd !== null && callSd > 0) entry.offsets.push((v - sum / m) / callSd);
        entry.own.push(v);
        entry.others.push((sum - v) / (m - 1));
      }
      acc.set(reviewer, entry);
    });
  }
  return [...acc.keys()].sort().map((reviewer) => {
    const e = acc.get(reviewer) as { n: number; offsets: number[]; own: number[]; others: number[] };
    const enough = e.own.length >= MIN_AGREEMENT_PAIRS && varies(e.own) && varies(e.others);
    return {
      reviewer,
      n: e.n,
      zOffset: e.offsets.length === 0 ? null : e.offsets.reduce((t, x) => t + x, 0) / e.offsets.length,
      agreement: enough ? pearson(e.own, e.others) : null,
    };
  });
}
