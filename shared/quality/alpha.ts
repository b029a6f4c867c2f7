/**
 * Krippendorff's alpha, by Krippendorff's own definition (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability"):
 *
 * - only units (applications) with at least two values are pairable; a unit's missing values are
 *   simply absent;
 * - coincidence matrix o_ck = Σ_u (number of ordered c–k pairs of values in u) / (m_u − 1), with
 *   marginals n_c = Σ_k o_ck and n = Σ_c n_c (the number of pairable values);
 * - α = 1 − D_o / D_e with D_o = (1/n) Σ_ck o_ck δ²_ck and D_e = 1/(n(n − 1)) Σ_ck n_c n_k δ²_ck.
 *
 * Metrics: nominal δ² = [c ≠ k]; interval δ² = (c − k)²; ordinal δ²_ck = (Σ_{g=c..k} n_g −
 * (n_c + n_k)/2)². The ordinal δ equals |M_k − M_c| with M_c = Σ_{g<c} n_g + n_c/2 (the value's
 * mid-position among all pairable values), so ordinal alpha is the interval formula on M.
 *
 * The matrix is kept sparse (only pairs that occur) and D_e uses the identity
 * Σ_ck n_c n_k (x_c − x_k)² = 2n Σ_c n_c (x_c − x̄)², so continuous scores with thousands of
 * distinct values cost O(pairs + values), not O(values²). Nominal D_e = n² − Σ n_c².
 */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

export interface Coincidences {
  /** Distinct pairable values, ascending. */
  values: number[];
  /** Marginals n_c, aligned with `values`. */
  counts: number[];
  /** Sparse o_ck over ordered pairs, key c·V + k (indices into `values`). */
  pairs: Map<number, number>;
  /** n: number of pairable values. */
  n: number;
}

export function coincidences(units: readonly (readonly number[])[]): Coincidences {
  const pairable = units.filter((u) => u.length >= 2);
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const V = values.length;
  const pairs = new Map<number, number>();
  const counts = new Array<number>(V).fill(0);
  for (const unit of pairable) {
    const weight = 1 / (unit.length - 1);
    const at = unit.map((v) => index.get(v) as number);
    for (let i = 0; i < at.length; i++) {
      for (let j = 0; j < at.length; j++) {
        if (i === j) continue;
        const key = (at[i] as number) * V + (at[j] as number);
        pairs.set(key, (pairs.get(key) ?? 0) + weight);
      }
      // Each value of a unit pairs with m − 1 others, each weighted 1/(m − 1): it adds 1 to n_c.
      counts[at[i] as number] = (counts[at[i] as number] as number) + 1;
    }
  }
  return { values, counts, pairs, n: pairable.reduce((t, u) => t + u.length, 0) };
}

/** Position of each value on the metric's scale (interval: the value; ordinal: mid-position M_c). */
function positions(c: Coincidences, metric: 'ordinal' | 'interval'): number[] {
  if (metric === 'interval') return c.values;
  let below = 0;
  return c.counts.map((count) => {
    const mid = below + count / 2;
    below += count;
    return mid;
  });
}

/** α for the metric, or null when undefined (fewer than two pairable values, or no variation). */
export function alphaFrom(c: Coincidences, metric: AlphaMetric): number | null {
  const { n, counts, pairs } = c;
  if (n < 2) return null;
  const V = counts.length;
  let observed = 0; // Σ_ck o_ck δ²_ck
  let expected = 0; // Σ_ck n_c n_k δ²_ck
  if (metric === 'nominal') {
    for (const [key, o] of pairs) if (Math.floor(key / V) !== key % V) observed += o;
    expected = n * n - counts.reduce((t, k) => t + k * k, 0);
  } else {
    const x = positions(c, metric);
    for (const [key, o] of pairs) {
      const d = (x[Math.floor(key / V)] as number) - (x[key % V] as number);
      observed += o * d * d;
    }
    let mean = 0;
    for (let i = 0; i < V; i++) mean += (counts[i] as number) * (x[i] as number);
    mean /= n;
    let ss = 0;
    for (let i = 0; i < V; i++) {
      const d = (x[i] as number) - mean;
      ss += (counts[i] as number) * d * d;
    }
    expected = 2 * n * ss;
  }
  if (!(expected > 0)) return null;
  // D_o / D_e = [(1/n) Σ o δ²] / [Σ n_c n_k δ² / (n(n − 1))] = (n − 1) Σ o δ² / Σ n_c n_k δ².
  return 1 - ((n - 1) * observed) / expected;
}

export function krippendorffAlpha(units: readonly (readonly number[])[], metric: AlphaMetric): number | null {
  return alphaFrom(coincidences(units), metric);
}
