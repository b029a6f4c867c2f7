import { describe, expect, it } from 'vitest';
import { deriveSeed, Random } from '../random';
import { bootstrapMeans } from './score-bootstrap';
import { fundedShares, stabilityOf } from './stability';

describe('fundedShares', () => {
  it('sums to k in every world, with ties at the line sharing the places', () => {
    // Two worlds, four applications; world 2 has a three-way tie across the line at k = 2.
    const draws = Float64Array.from([4, 3, 2, 1, 5, 1, 1, 1]);
    const shares = fundedShares(draws, 2, 4, [0, 1, 2, 3], 2);
    // World 1: a0, a1 funded. World 2: a0 funded, one place shared by a1..a3 (1/3 each).
    expect(shares[0]).toBeCloseTo(1, 12);
    expect(shares[1]).toBeCloseTo((1 + 1 / 3) / 2, 12);
    expect(shares[2]).toBeCloseTo(1 / 6, 12);
    expect(shares[3]).toBeCloseTo(1 / 6, 12);
    expect(shares.reduce((t, s) => t + s, 0)).toBeCloseTo(2, 12);
  });

  it('ranks within the given members only, and handles k = 0 and k ≥ pool size', () => {
    const draws = Float64Array.from([9, 1, 2, 3]);
    expect(fundedShares(draws, 1, 4, [1, 3], 1)).toEqual([0, 1]);
    expect(fundedShares(draws, 1, 4, [0, 1], 0)).toEqual([0, 0]);
    expect(fundedShares(draws, 1, 4, [0, 1], 5)).toEqual([1, 1]);
  });

  it('equals a naive count of places (ties averaged) on tie-heavy random worlds', () => {
    const rng = new Random('naive');
    const width = 25;
    const nDraws = 50;
    const draws = Float64Array.from({ length: width * nDraws }, () => rng.int(6));
    const members = [0, 3, 4, 7, 8, 11, 12, 15, 20, 24];
    for (const k of [1, 4, 9]) {
      const naive = members.map((col) => {
        let total = 0;
        for (let d = 0; d < nDraws; d++) {
          const v = draws[d * width + col] as number;
          const others = members.map((c) => draws[d * width + c] as number);
          const better = others.filter((x) => x > v).length;
          const tied = others.filter((x) => x === v).length;
          let held = 0;
          for (let place = better + 1; place <= better + tied; place++) if (place <= k) held++;
          total += held / tied;
        }
        return total / nDraws;
      });
      const fast = fundedShares(draws, nDraws, width, members, k);
      fast.forEach((s, i) => expect(s).toBeCloseTo(naive[i] as number, 12));
    }
  });

  it('sums to k on random worlds', () => {
    const rng = new Random('stability-test');
    const width = 40;
    const nDraws = 300;
    const draws = new Float64Array(width * nDraws);
    for (let i = 0; i < draws.length; i++) draws[i] = Math.round(rng.normal() * 3); // many ties
    const members = Array.from({ length: width }, (_, i) => i);
    const shares = fundedShares(draws, nDraws, width, members, 7);
    expect(shares.reduce((t, s) => t + s, 0)).toBeCloseTo(7, 9);
    for (const s of shares) expect(s >= 0 && s <= 1).toBe(true);
  });
});

describe('stability groups', () => {
  it('cut at 0.95 and 0.05', () => {
    expect(stabilityOf(0.95)).toBe('always');
    expect(stabilityOf(0.9499)).toBe('sometimes');
    expect(stabilityOf(0.0501)).toBe('sometimes');
    expect(stabilityOf(0.05)).toBe('never');
  });
});

describe('bootstrapMeans', () => {
  it('draws the same stream as Random.int (inlined for speed)', () => {
    const values = [[1, 2, 3], [4, 5, 6, 7, 8], [9]];
    const rng = new Random(deriveSeed('same', 'quality', 'score-bootstrap'));
    const expected: number[] = [];
    for (let r = 0; r < 50; r++) {
      for (const v of values) {
        let sum = 0;
        for (let j = 0; j < v.length; j++) sum += v[rng.int(v.length)] as number;
        expected.push(sum / v.length);
      }
    }
    expect([...bootstrapMeans(values, 'same', 50)]).toEqual(expected);
  });

  it('resamples each application within its own reviews, reproducibly', () => {
    const values = [[1, 2, 3], [7], [4, 4]];
    const a = bootstrapMeans(values, 's', 200);
    expect(a).toEqual(bootstrapMeans(values, 's', 200));
    expect(a).not.toEqual(bootstrapMeans(values, 't', 200));
    for (let r = 0; r < 200; r++) {
      const m = a[r * 3] as number;
      expect(m >= 1 && m <= 3).toBe(true);
      expect(a[r * 3 + 1]).toBe(7);
      expect(a[r * 3 + 2]).toBe(4);
    }
  });
});
