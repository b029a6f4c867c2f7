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
  const take = Math.min(Math.max(k, 0), m);
  for (let d = 0; d < nDraws; d++) {
    const row = d * width;
    for (let i = 0; i < m; i++) values[i] = draws[row + (members[i] as number)] as number;
    if (take === 0) continue;
    sorted.set(values);
    sorted.sort();
    // Only the tie block of the k-th best value straddles the line: above it every member holds a
    // place within k (credit 1), below it none (credit 0).
    const line = sorted[m - take] as number;
    let better = 0;
    let tied = 0;
    for (let i = 0; i < m; i++) {
      const v = values[i] as number;
      if (v > line) better++;
      else if (v === line) tied++;
    }
    const lineCredit = (take - better) / tied;
    for (let i = 0; i < m; i++) {
      const v = values[i] as number;
      if (v > line) shares[i] = (shares[i] as number) + 1;
      else if (v === line) shares[i] = (shares[i] as number) + lineCredit;
    }
  }
  return [...shares].map((s) => s / nDraws);
}
