/**
 * ICC(1): one-way random-effects intraclass correlation of single scores (Shrout & Fleiss 1979,
 * case 1), for unbalanced data: applications are the groups, each with its own number of scores.
 *
 * Only applications with at least two scores enter (one score says nothing about agreement; the
 * same units as alpha). With a groups, N scores, group sizes n_i:
 *   MSB = Σ n_i (ȳ_i − ȳ)² / (a − 1),   MSW = Σ_i Σ_j (y_ij − ȳ_i)² / (N − a),
 *   n0  = (N − Σ n_i² / N) / (a − 1)    (the standard unbalanced "average" group size; = n when
 *                                        every application has n scores),
 *   ICC(1) = (MSB − MSW) / (MSB + (n0 − 1) MSW).
 * MSW is also the call's residual variance: √MSW is the pooled within-application SD used for
 * discordance (discordance.ts).
 *
 * Spearman–Brown: the reliability of the mean of m scores is m·r / (1 + (m − 1) r); the number of
 * reviewers per application needed to reach ρ is m = ⌈ρ(1 − r) / (r(1 − ρ))⌉, undefined (null)
 * when r ≤ 0.
 */
export interface OneWayAnova {
  groups: number;
  scores: number;
  msb: number;
  msw: number;
  n0: number;
}

export function oneWayAnova(units: readonly (readonly number[])[]): OneWayAnova | null {
  const used = units.filter((u) => u.length >= 2);
  const a = used.length;
  let N = 0;
  let total = 0;
  let sumSquaredSizes = 0;
  for (const u of used) {
    N += u.length;
    sumSquaredSizes += u.length * u.length;
    for (const v of u) total += v;
  }
  if (a < 2 || N - a < 1) return null;
  const grand = total / N;
  let ssb = 0;
  let ssw = 0;
  for (const u of used) {
    let s = 0;
    for (const v of u) s += v;
    const m = s / u.length;
    ssb += u.length * (m - grand) * (m - grand);
    for (const v of u) ssw += (v - m) * (v - m);
  }
  return {
    groups: a,
    scores: N,
    msb: ssb / (a - 1),
    msw: ssw / (N - a),
    n0: (N - sumSquaredSizes / N) / (a - 1),
  };
}

export function icc1(anova: OneWayAnova | null): number | null {
  if (anova === null) return null;
  const { msb, msw, n0 } = anova;
  const denominator = msb + (n0 - 1) * msw;
  return denominator > 0 ? (msb - msw) / denominator : null;
}

/** Reviewers per application for the mean score to reach reliability `target` (Spearman–Brown). */
export function reviewersFor(singleRater: number | null, target: number): number | null {
  if (singleRater === null || !(singleRater > 0)) return null;
  if (singleRater >= target) return 1;
  // A tiny tolerance keeps an exact integer answer from rounding up through floating error.
  return Math.ceil((target * (1 - singleRater)) / (singleRater * (1 - target)) - 1e-9);
}
