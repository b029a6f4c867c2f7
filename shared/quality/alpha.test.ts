import { describe, expect, it } from 'vitest';
import { alphaBootstrap, alphaBySums } from './alpha-bootstrap';
import { alphaFrom, coincidences, krippendorffAlpha } from './alpha';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 coders × 12
// units with missing values (null). Published: nominal 0.743, ordinal 0.815, interval 0.849.
const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
const textbook = A.map((_, u) =>
  [A[u], B[u], C[u], D[u]].filter((v): v is number => v !== null && v !== undefined),
);

/**
 * Independent check: the pairwise form, written differently from alpha.ts's coincidence matrix.
 * D_o = mean squared difference within units (each unit's ordered pairs weighted 1/(m − 1), over n),
 * D_e = mean squared difference over all ordered pairs of the n pairable values.
 */
function pairwiseIntervalAlpha(units: readonly (readonly number[])[]): number {
  const pairable = units.filter((u) => u.length >= 2);
  const all = pairable.flat();
  const n = all.length;
  let within = 0;
  for (const u of pairable) {
    let s = 0;
    for (const x of u) for (const y of u) s += (x - y) ** 2;
    within += s / (u.length - 1);
  }
  let between = 0;
  for (const x of all) for (const y of all) between += (x - y) ** 2;
  return 1 - within / n / (between / (n * (n - 1)));
}

describe("Krippendorff's alpha", () => {
  it('reproduces the textbook example for all three metrics', () => {
    expect(krippendorffAlpha(textbook, 'nominal')).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(textbook, 'ordinal')).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(textbook, 'interval')).toBeCloseTo(0.849, 3);
    // Exact values from the same data matrix (python3 + numpy, dense coincidence matrix):
    expect(krippendorffAlpha(textbook, 'interval')).toBeCloseTo(0.8491071428571428, 12);
    expect(krippendorffAlpha(textbook, 'ordinal')).toBeCloseTo(0.8153875037548813, 12);
  });

  it('builds the textbook coincidence matrix: 40 pairable values, unit 12 (one value) left out', () => {
    const c = coincidences(textbook);
    expect(c.n).toBe(40);
    expect(c.values).toEqual([1, 2, 3, 4, 5]);
    // Krippendorff's table: n_1..n_5 = 9, 13, 10, 5, 3 (unit 12's lone 3 is not pairable).
    expect(c.counts).toEqual([9, 13, 10, 5, 3]);
    expect(c.pairs.get(0 * 5 + 0)).toBeCloseTo(7, 12);
    expect(c.pairs.get(0 * 5 + 1)).toBeCloseTo(4 / 3, 12);
  });

  it('equals the pairwise-difference form', () => {
    expect(krippendorffAlpha(textbook, 'interval')).toBeCloseTo(pairwiseIntervalAlpha(textbook), 12);
    const units = [[1.5, 2, 7], [3, 3], [4, 9, 9, 1], [6.25, 6], [2]];
    expect(krippendorffAlpha(units, 'interval')).toBeCloseTo(pairwiseIntervalAlpha(units), 12);
  });

  it('is 1 for perfect agreement, null without pairable values or variation', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [2, 2, 2],
          [5, 5],
        ],
        'interval',
      ),
    ).toBe(1);
    expect(krippendorffAlpha([[1], [2]], 'interval')).toBeNull();
    expect(
      krippendorffAlpha(
        [
          [3, 3],
          [3, 3],
        ],
        'ordinal',
      ),
    ).toBeNull();
  });

  it('does not depend on the order of units or of values in a unit', () => {
    const shuffled = [...textbook].reverse().map((u) => [...u].reverse());
    for (const metric of ['nominal', 'ordinal', 'interval'] as const) {
      expect(alphaFrom(coincidences(shuffled), metric)).toBeCloseTo(
        krippendorffAlpha(textbook, metric) as number,
        12,
      );
    }
  });
});

describe('bootstrap interval of alpha', () => {
  it('uses a replicate formula that equals interval alpha on the original units', () => {
    expect(alphaBySums(textbook)).toBeCloseTo(krippendorffAlpha(textbook, 'interval') as number, 12);
  });

  it('is reproducible from the seed, brackets alpha, and changes with the seed', () => {
    const a = alphaBootstrap(textbook, 'seed-1', 2000);
    expect(a).toEqual(alphaBootstrap(textbook, 'seed-1', 2000));
    const [lo, hi] = a as [number, number];
    expect(lo).toBeLessThan(0.849);
    expect(hi).toBeGreaterThan(0.849);
    expect(hi).toBeLessThanOrEqual(1);
    expect(alphaBootstrap(textbook, 'seed-2', 2000)).not.toEqual(a);
  });
});
