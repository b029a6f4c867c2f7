import { describe, expect, it } from 'vitest';
import { Random } from '../random';
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
