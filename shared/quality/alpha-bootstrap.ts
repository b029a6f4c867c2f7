/**
 * 90 % bootstrap interval of interval alpha, resampling applications (units) with replacement.
 *
 * A replicate needs only per-unit sums: with the interval metric Σ_ck o_ck δ²_ck is the sum over
 * units of d_u = Σ_{i≠j} (x_i − x_j)² / (m_u − 1) = 2 m_u SS_u / (m_u − 1), and
 * Σ_ck n_c n_k δ²_ck = 2n·SS over all pairable values (see alpha.ts), so each replicate is
 * O(units) and equals alphaFrom(coincidences(resampled units), 'interval').
 *
 * Seeded: stream Random(deriveSeed(seed, 'quality', 'alpha-bootstrap')), one `int` per unit drawn.
 */
import { deriveSeed, Random, type Seed } from '../random';
import { quantileSorted } from '../ranking/stats';

export const DEFAULT_REPLICATES = 1000;

interface UnitSums {
  m: number;
  sum: number;
  sumSq: number;
  /** d_u = 2 m SS_u / (m − 1). */
  observed: number;
}

function unitSums(values: readonly number[]): UnitSums {
  const m = values.length;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / m;
  let ss = 0;
  let sumSq = 0;
  for (const v of values) {
    ss += (v - mean) * (v - mean);
    sumSq += v * v;
  }
  return { m, sum, sumSq, observed: (2 * m * ss) / (m - 1) };
}

/** Interval alpha of a multiset of units given as indices into `sums` (null when undefined). */
function alphaOfSample(sums: readonly UnitSums[], picks: ArrayLike<number>): number | null {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  let observed = 0;
  for (let i = 0; i < picks.length; i++) {
    const u = sums[picks[i] as number] as UnitSums;
    n += u.m;
    sum += u.sum;
    sumSq += u.sumSq;
    observed += u.observed;
  }
  if (n < 2) return null;
  const ss = sumSq - (sum * sum) / n;
  // Relative guard: SS within rounding of zero means no variation at all.
  if (!(ss > 1e-12 * Math.max(1, sumSq))) return null;
  return 1 - ((n - 1) * observed) / (2 * n * ss);
}

export function alphaBootstrap(
  units: readonly (readonly number[])[],
  seed: Seed,
  replicates = DEFAULT_REPLICATES,
): [number, number] | null {
  const sums = units.filter((u) => u.length >= 2).map(unitSums);
  const U = sums.length;
  if (U < 2) return null;
  const rng = new Random(deriveSeed(seed, 'quality', 'alpha-bootstrap'));
  const picks = new Uint32Array(U);
  const alphas: number[] = [];
  for (let r = 0; r < replicates; r++) {
    for (let i = 0; i < U; i++) picks[i] = rng.int(U);
    const a = alphaOfSample(sums, picks);
    if (a !== null) alphas.push(a);
  }
  if (alphas.length === 0) return null;
  const sorted = Float64Array.from(alphas).sort();
  return [quantileSorted(sorted, 0.05), quantileSorted(sorted, 0.95)];
}

/** The replicate formula on the units themselves (each once): equals interval alpha. For tests. */
export function alphaBySums(units: readonly (readonly number[])[]): number | null {
  const sums = units.filter((u) => u.length >= 2).map(unitSums);
  return alphaOfSample(
    sums,
    sums.map((_, i) => i),
  );
}
