/**
 * Rank statistics from posterior draws of θ.
 *
 * For each stored draw the pool's applications are ranked by θ (largest = rank 1, ties averaged);
 * ER is the mean of an application's rank over draws and the 50 % / 90 % credible intervals are
 * the 25–75 % and 5–95 % quantiles (type 7) of its rank draws.
 *
 * Ranking a draw sorts a copy natively (no comparator) and finds each value's rank by binary
 * search: rank = (#greater) + (#equal + 1)/2. That is O(m log m) per draw, ties averaged exactly,
 * and independent of the sort's stability.
 */
import { quantileSorted } from '../stats';
import type { Interval } from '../types';

export interface RankSummary {
  er: number;
  cri50: Interval;
  cri90: Interval;
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
 * @param draws row-major draws × width (θ of every application per draw)
 * @param members column indices of the pool to rank among (e.g. one challenge, eligible only)
 */
export function rankSummaries(
  draws: Float64Array,
  nDraws: number,
  width: number,
  members: readonly number[],
): RankSummary[] {
  const m = members.length;
  if (m === 0) return [];
  if (nDraws === 0) throw new RangeError('no posterior draws to rank');
  const vals = new Float64Array(m);
  const sorted = new Float64Array(m);
  const rankDraws = new Float64Array(m * nDraws); // member-major: member k owns [k·D, (k+1)·D)
  for (let d = 0; d < nDraws; d++) {
    const row = d * width;
    for (let k = 0; k < m; k++) vals[k] = draws[row + (members[k] as number)] as number;
    sorted.set(vals);
    sorted.sort();
    for (let k = 0; k < m; k++) {
      const v = vals[k] as number;
      const lb = lowerBound(sorted, v);
      const ub = upperBound(sorted, v);
      rankDraws[k * nDraws + d] = m - ub + (ub - lb + 1) / 2;
    }
  }
  const out: RankSummary[] = [];
  for (let k = 0; k < m; k++) {
    const col = rankDraws.subarray(k * nDraws, (k + 1) * nDraws);
    let s = 0;
    for (let d = 0; d < nDraws; d++) s += col[d] as number;
    col.sort();
    out.push({
      er: s / nDraws,
      cri50: [quantileSorted(col, 0.25), quantileSorted(col, 0.75)],
      cri90: [quantileSorted(col, 0.05), quantileSorted(col, 0.95)],
    });
  }
  return out;
}

/** Central credible interval of one column of row-major draws (e.g. θ_i or ν_j). */
export function columnInterval(
  draws: Float64Array,
  nDraws: number,
  width: number,
  col: number,
  level: number,
): Interval {
  const xs = new Float64Array(nDraws);
  for (let d = 0; d < nDraws; d++) xs[d] = draws[d * width + col] as number;
  xs.sort();
  const tail = (1 - level) / 2;
  return [quantileSorted(xs, tail), quantileSorted(xs, 1 - tail)];
}
