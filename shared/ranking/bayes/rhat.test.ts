import { describe, expect, it } from 'vitest';
import { rhatFromHalves, rhatFromMoments, splitRhat } from './rhat';
import type { HalfStats } from './gibbs';

function half(xs: readonly number[]): HalfStats {
  // Welford as in the sampler, one parameter.
  const mean = new Float64Array(1);
  const m2 = new Float64Array(1);
  let count = 0;
  for (const x of xs) {
    count++;
    const d = x - (mean[0] as number);
    mean[0] = (mean[0] as number) + d / count;
    m2[0] = (m2[0] as number) + d * (x - (mean[0] as number));
  }
  return { count, mean, m2 };
}

describe('split-R-hat', () => {
  it('matches a hand computation', () => {
    // halves [1,2] [3,4] [2,3] [4,5]: means 1.5 3.5 2.5 4.5, variances 0.5 each, n = 2, m = 4
    // B = 2/3 · (2.25 + 0.25 + 0.25 + 2.25) = 10/3; W = 0.5; var+ = 0.25 + 5/3
    const expected = Math.sqrt((0.25 + 5 / 3) / 0.5);
    expect(
      splitRhat([
        [1, 2, 3, 4],
        [2, 3, 4, 5],
      ]),
    ).toBeCloseTo(expected, 12);
    expect(rhatFromMoments([1.5, 3.5, 2.5, 4.5], [0.5, 0.5, 0.5, 0.5], 2)).toBeCloseTo(expected, 12);
  });

  it('splitting catches a drifting chain that agrees with another on average', () => {
    const up = Array.from({ length: 100 }, (_, i) => i / 10);
    const down = [...up].reverse();
    expect(splitRhat([up, down])).toBeGreaterThan(1.5);
  });

  it('is 1 for a parameter that never moves and ∞ when constant chains disagree', () => {
    expect(
      splitRhat([
        [2, 2, 2, 2],
        [2, 2, 2, 2],
      ]),
    ).toBe(1);
    expect(
      splitRhat([
        [2, 2, 2, 2],
        [3, 3, 3, 3],
      ]),
    ).toBe(Number.POSITIVE_INFINITY);
  });

  it('Welford halves give the same R-hat as the raw draws', () => {
    const a = [0.3, -1.2, 0.8, 0.1, 2.2, -0.4, 0.9, 1.7];
    const b = [1.1, 0.4, -0.3, 0.6, -0.9, 0.2, 1.4, 0.05];
    const fromHalves = rhatFromHalves(
      [
        [half(a.slice(0, 4)), half(a.slice(4))],
        [half(b.slice(0, 4)), half(b.slice(4))],
      ],
      0,
    );
    expect(fromHalves).toBeCloseTo(splitRhat([a, b]), 12);
  });
});
