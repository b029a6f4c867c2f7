/**
 * Rank-scale summaries shared by every method. `er` is an expected (or point) rank among `n`
 * applications, 1 = best.
 *
 * Identities (tested): PCER = 100·(ER − 0.5)/n lies in (0, 100); SUCRA = (n − ER)/(n − 1) is 1 for
 * the certain best and 0 for the certain worst; the ERs of a pool sum to n(n + 1)/2.
 */

/** Percentile based on expected rank (ERforResearch's PCER); lower is better. */
export function pcer(er: number, n: number): number {
  return (100 * (er - 0.5)) / n;
}

/** Surface under the cumulative ranking curve, via its identity with ER. n = 1 gives 1. */
export function sucra(er: number, n: number): number {
  return n <= 1 ? 1 : (n - er) / (n - 1);
}
