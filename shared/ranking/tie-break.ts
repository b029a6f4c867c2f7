/**
 * Declared tie-break rules. Applications are ordered by the first rule; where equal, by the next,
 * and so on. Row order, id order and anything undeclared never decide: applications equal on
 * every rule are TIED, get the same (averaged) rank and are reported as such.
 *
 * Keys:
 * - 'er'      expected (or point) rank, lower is better;
 * - 'mean', 'median', 'zscore', 'weightedTotal', 'total', 'criterion:<id>': scores on the rubric's
 *   scale, better in the rubric's direction ('meanScore' is accepted for 'mean').
 * A value that is missing for one application counts as worse than any present value; missing for
 * both counts as equal on that rule.
 *
 * Default, after Horizon Europe's ex-aequo rule: the method's own score, then the overall mean,
 * then the Excellence criterion, then Impact. Criterion rules only bite when criterion means are
 * supplied under those ids.
 */
import { AppError } from '../errors';
import type { Direction, RankMethod } from './types';

export interface TieBreakRule {
  key: string;
  better: 'higher' | 'lower';
}

export type TieBreakValues = Readonly<Record<string, number | null | undefined>>;

const SCORE_KEYS = new Set(['mean', 'median', 'zscore', 'weightedTotal', 'total']);

export const EU_CRITERIA_ORDER = ['excellence', 'impact'] as const;

export function defaultTieBreak(method: RankMethod): string[] {
  const criteria = EU_CRITERIA_ORDER.map((c) => `criterion:${c}`);
  if (method === 'bayes') return ['er', 'mean', ...criteria];
  if (method === 'zscore') return ['zscore', 'mean', ...criteria];
  return ['mean', ...criteria];
}

export function parseTieBreak(keys: readonly string[], direction: Direction): TieBreakRule[] {
  const scoreBetter = direction === 'higher-is-better' ? 'higher' : 'lower';
  return keys.map((raw) => {
    const key = raw === 'meanScore' ? 'mean' : raw;
    if (key === 'er') return { key, better: 'lower' };
    if (SCORE_KEYS.has(key)) return { key, better: scoreBetter };
    if (key.startsWith('criterion:') && key.length > 'criterion:'.length) return { key, better: scoreBetter };
    throw new AppError('ranking.errors.invalidOption', { option: 'tieBreak', value: raw });
  });
}

/** Negative when `a` ranks better than `b`, positive when worse, 0 when tied on every rule. */
export function compareByRules(a: TieBreakValues, b: TieBreakValues, rules: readonly TieBreakRule[]): number {
  for (const rule of rules) {
    const va = a[rule.key];
    const vb = b[rule.key];
    const ha = typeof va === 'number';
    const hb = typeof vb === 'number';
    if (!ha && !hb) continue;
    if (!ha) return 1;
    if (!hb) return -1;
    if (va === vb) continue;
    const aBetter = rule.better === 'higher' ? va > vb : va < vb;
    return aBetter ? -1 : 1;
  }
  return 0;
}
