import { describe, expect, it } from 'vitest';
import { icc1, oneWayAnova, reviewersFor } from './icc';

describe('ICC(1), unbalanced one-way', () => {
  it('matches a hand-computed unbalanced example', () => {
    // Groups {1,2,3}, {4,6}, {7,8,9,10}: N = 9, a = 3, grand mean 50/9.
    // SSB = Σ n_i ȳ_i² − N ȳ² = 12 + 50 + 289 − 2500/9 = 659/9, MSB = 659/18;
    // SSW = 2 + 2 + 5 = 9, MSW = 9/6 = 1.5; n0 = (9 − 29/9)/2 = 2.8888…
    const anova = oneWayAnova([
      [1, 2, 3],
      [4, 6],
      [7, 8, 9, 10],
    ]);
    expect(anova?.msb).toBeCloseTo(659 / 18, 10);
    expect(anova?.msw).toBeCloseTo(1.5, 12);
    expect(anova?.n0).toBeCloseTo(26 / 9, 12);
    const expected = (659 / 18 - 1.5) / (659 / 18 + (26 / 9 - 1) * 1.5);
    expect(icc1(anova)).toBeCloseTo(expected, 12);
  });

  it('uses n0 = n when balanced, ignores single-score applications, is null when undefined', () => {
    expect(oneWayAnova([[1, 2], [3, 5], [4, 4], [9]])?.n0).toBe(2);
    expect(oneWayAnova([[1, 2], [9]])).toBeNull();
    expect(
      icc1(
        oneWayAnova([
          [2, 2],
          [2, 2],
        ]),
      ),
    ).toBeNull();
  });
});

describe('Spearman–Brown reviewers needed', () => {
  it('gives the smallest m whose mean reaches the target', () => {
    // r = 0.26 (FWF): m = 0.7·0.74/(0.26·0.3) = 6.64 → 7; for 0.8: 0.8·0.74/(0.26·0.2) = 11.38 → 12.
    expect(reviewersFor(0.26, 0.7)).toBe(7);
    expect(reviewersFor(0.26, 0.8)).toBe(12);
    for (const r of [0.05, 0.26, 0.5]) {
      const m = reviewersFor(r, 0.7) as number;
      const reliability = (k: number) => (k * r) / (1 + (k - 1) * r);
      expect(reliability(m)).toBeGreaterThanOrEqual(0.7 - 1e-12);
      if (m > 1) expect(reliability(m - 1)).toBeLessThan(0.7);
    }
    // Exactly on an integer: 3r/(1 + 2r) = 0.7 at r = 0.4375; m = 3 must not round up to 4.
    expect(reviewersFor(0.4375, 0.7)).toBe(3);
  });

  it('is 1 when one reviewer suffices and null when reviewers do not agree at all', () => {
    expect(reviewersFor(0.9, 0.8)).toBe(1);
    expect(reviewersFor(0, 0.7)).toBeNull();
    expect(reviewersFor(-0.1, 0.7)).toBeNull();
    expect(reviewersFor(null, 0.7)).toBeNull();
  });
});
