import { describe, expect, it } from 'vitest';
import { columnInterval, rankSummaries } from './rank-draws';

describe('rank statistics from draws', () => {
  // 4 draws × 3 applications (row-major): rank 1 = largest θ
  const draws = new Float64Array([
    3,
    2,
    1, // ranks 1 2 3
    3,
    1,
    2, // ranks 1 3 2
    1,
    3,
    2, // ranks 3 1 2
    2,
    2,
    0, // ranks 1.5 1.5 3 (tie averaged)
  ]);

  it('ER is the mean rank; ties are averaged within a draw', () => {
    const s = rankSummaries(draws, 4, 3, [0, 1, 2]);
    expect(s.map((x) => x.er)).toEqual([6.5 / 4, 7.5 / 4, 10 / 4]);
    // the ERs of a pool always sum to n(n + 1)/2
    expect(s.reduce((t, x) => t + x.er, 0)).toBe(6);
    // application 0 ranks sorted: 1, 1, 1.5, 3 → type-7 quartiles at h = 0.75 and 2.25
    expect(s[0]?.cri50).toEqual([1, 1.5 + 0.25 * 1.5]);
    expect(s[0]?.cri90[0]).toBe(1);
    expect(s[0]?.cri90[1]).toBeCloseTo(1.5 + 0.85 * 1.5, 12);
  });

  it('ranks within a sub-pool ignore the others', () => {
    const s = rankSummaries(draws, 4, 3, [1, 2]);
    // app1 vs app2: 2>1, 1<2, 3>2, 2>0 → ranks 1, 2, 1, 1
    expect(s[0]?.er).toBe(1.25);
    expect(s[1]?.er).toBe(1.75);
  });

  it('column intervals are central quantiles of one parameter', () => {
    const xs = new Float64Array([5, 1, 4, 2, 3]); // 5 draws × 1 column
    expect(columnInterval(xs, 5, 1, 0, 0.5)).toEqual([2, 4]);
    expect(columnInterval(xs, 5, 1, 0, 0.9)).toEqual([1.2, 4.8]);
  });
});
