import { describe, expect, it } from 'vitest';
import { mean, median, pearson, quantileSorted, ranksDescending, sampleSd, spearman } from './stats';
import { pcer, sucra } from './rank-metrics';

describe('descriptive statistics', () => {
  it('mean, median (odd and even n) and sample SD by hand', () => {
    expect(mean([2, 4, 9])).toBe(5);
    expect(median([9, 2, 4])).toBe(4);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    // deviations from 5: −3, −1, 4 → SS 26 → 26/2 = 13
    expect(sampleSd([2, 4, 9])).toBeCloseTo(Math.sqrt(13), 12);
    expect(sampleSd([7])).toBeNull();
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
  });

  it('type-7 quantiles interpolate between order statistics', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileSorted(xs, 0)).toBe(1);
    expect(quantileSorted(xs, 1)).toBe(10);
    expect(quantileSorted(xs, 0.5)).toBe(5.5);
    expect(quantileSorted(xs, 0.25)).toBeCloseTo(3.25, 12); // h = 9·0.25 = 2.25
    expect(quantileSorted(xs, 0.05)).toBeCloseTo(1.45, 12);
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
  });

  it('ranks give 1 to the largest and average ties', () => {
    expect(ranksDescending([10, 30, 20, 30])).toEqual([4, 1.5, 3, 1.5]);
    expect(ranksDescending([5, 5, 5])).toEqual([2, 2, 2]);
  });

  it('spearman and pearson', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(0.9933992677987828, 12);
  });
});

describe('rank metrics', () => {
  it('PCER = 100·(ER − 0.5)/n and SUCRA = (n − ER)/(n − 1)', () => {
    expect(pcer(1, 10)).toBe(5);
    expect(pcer(10, 10)).toBe(95);
    expect(sucra(1, 10)).toBe(1);
    expect(sucra(10, 10)).toBe(0);
    expect(sucra(5.5, 10)).toBe(0.5);
    expect(sucra(1, 1)).toBe(1);
  });
});
