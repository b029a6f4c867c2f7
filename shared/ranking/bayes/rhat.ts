/**
 * Split-R̂ (Gelman et al., BDA3 §11.4): each chain's post-burn-in draws are cut into two halves,
 * giving m sequences of length n; then
 *
 *   B = n/(m−1) · Σ_k (x̄_k − x̄)²,   W = mean_k s_k²,   var⁺ = (n−1)/n · W + B/n,   R̂ = √(var⁺/W).
 *
 * Splitting catches chains that drift within themselves, not only chains that disagree.
 * A parameter that never moves in any sequence (W = B = 0) has R̂ = 1; one that is constant
 * within sequences but differs between them has R̂ = ∞.
 */
import type { HalfStats } from './gibbs';

export const RHAT_WARN = 1.05;

/** R̂ from per-sequence means and sample variances (divisor n − 1), each sequence of length n. */
export function rhatFromMoments(means: readonly number[], variances: readonly number[], n: number): number {
  const m = means.length;
  if (m < 2 || n < 2 || variances.length !== m) return Number.NaN;
  let grand = 0;
  for (const x of means) grand += x;
  grand /= m;
  let b = 0;
  for (const x of means) b += (x - grand) * (x - grand);
  b = (n * b) / (m - 1);
  let w = 0;
  for (const v of variances) w += v;
  w /= m;
  if (w === 0) return b === 0 ? 1 : Number.POSITIVE_INFINITY;
  const varPlus = ((n - 1) / n) * w + b / n;
  return Math.sqrt(varPlus / w);
}

/** Split-R̂ of raw chains (used in tests and for small checks). Odd lengths drop the middle draw. */
export function splitRhat(chains: readonly (readonly number[])[]): number {
  const means: number[] = [];
  const variances: number[] = [];
  let len = Number.POSITIVE_INFINITY;
  for (const c of chains) len = Math.min(len, c.length);
  const half = Math.floor(len / 2);
  for (const c of chains) {
    for (const seq of [c.slice(0, half), c.slice(c.length - half)]) {
      let mean = 0;
      for (const x of seq) mean += x;
      mean /= seq.length;
      let ss = 0;
      for (const x of seq) ss += (x - mean) * (x - mean);
      means.push(mean);
      variances.push(ss / (seq.length - 1));
    }
  }
  return rhatFromMoments(means, variances, half);
}

/** Split-R̂ of parameter k from every chain's two Welford halves. */
export function rhatFromHalves(chainHalves: readonly (readonly [HalfStats, HalfStats])[], k: number): number {
  const means: number[] = [];
  const variances: number[] = [];
  let n = 0;
  for (const halves of chainHalves) {
    for (const h of halves) {
      n = h.count;
      means.push(h.mean[k] as number);
      variances.push(h.count > 1 ? (h.m2[k] as number) / (h.count - 1) : 0);
    }
  }
  return rhatFromMoments(means, variances, n);
}
