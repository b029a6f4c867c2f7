/**
 * Stability of the funding line: for each application the share of plausible worlds in which it
 * ranks within the fundable count k of its pool.
 *
 * The worlds are the rows of a draws matrix (row-major nDraws × width, larger = better): posterior
 * draws of θ for the Bayesian model, bootstrap replicates of the method score otherwise
 * (bootstrap.ts). In a world an application with `a` pool members strictly better and a tie block
 * of `t` (itself included) holds the places a+1 … a+t; it gets the part of them within k,
 * clamp(k − a, 0, t) / t. So ties at the line share the places, and in every world the shares
 * of a pool sum to exactly k (when k ≤ pool size): their mean over worlds does too.
 *
 * Groups: always funded (share ≥ 0.95), never (≤ 0.05), sometimes in between.
 */
export type Stability = 'always' | 'sometimes' | 'never';

export const ALWAYS_AT_LEAST = 0.95;
export const NEVER_AT_MOST = 0.05;

export function stabilityOf(share: number): Stability {
  return share >= ALWAYS_AT_LEAST ? 'always' : share <= NEVER_AT_MOST ? 'never' : 'sometimes';
}

function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * @param members column indices of the pool's applications
 * @returns fundedShare per member, aligned with `members`
 */
export function fundedShares(
  draws: Float64Array,
  nDraws: number,
  width: number,
  members: readonly number[],
  k: number,
): number[] {
  const m = members.length;
  const shares = new Float64Array(m);
  if (m === 0 || nDraws === 0) return [...shares];
  const values = new Float64Array(m);
  const sorted = new Float64Array(m);
  for (let d = 0; d < nDraws; d++) {
    const row = d * width;
    for (let i = 0; i < m; i++) values[i] = draws[row + (members[i] as number)] as number;
    sorted.set(values);
    sorted.sort();
    for (let i = 0; i < m; i++) {
      const v = values[i] as number;
      const lb = lowerBound(sorted, v);
      const ub = upperBound(sorted, v);
      const better = m - ub;
      const tied = ub - lb;
      shares[i] = (shares[i] as number) + Math.min(Math.max(k - better, 0), tied) / tied;
    }
  }
  return [...shares].map((s) => s / nDraws);
}
