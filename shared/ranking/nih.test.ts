import { describe, expect, it } from 'vitest';
import { nihOverallImpact, percentiles } from './nih';

describe('NIH overall impact = 10 × mean, rounded half up', () => {
  it.each([
    [[2, 2, 3], 23], // 23.33
    [[2, 3], 25],
    [[2, 2, 2, 3], 23], // 22.5 → 23 (half up; binary 22.499… guarded)
    [[1, 1, 2, 2, 2, 2, 2, 3], 19], // 18.75 → 19
    [[1, 2, 2], 17], // 16.67
    [[4, 4, 4, 5, 5, 5], 45], // 45.0
    [[3, 3, 3, 3, 3, 3, 3, 4], 31], // 31.25 → 31
    [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2], 11], // 11.0
  ])('%j → %i', (scores, expected) => {
    expect(nihOverallImpact(scores)).toBe(expected);
  });

  it('is null without scores', () => {
    expect(nihOverallImpact([])).toBeNull();
  });
});

describe('percentiles', () => {
  it('100 × (R − 0.5)/N with ties averaged; lower score is better for NIH', () => {
    const p = percentiles({ A: 20, B: 30, C: 30, D: 45 }, 'lower-is-better');
    const by = Object.fromEntries(p.map((e) => [e.id, e]));
    expect(by['A']?.rank).toBe(1);
    expect(by['A']?.percentile).toBe(12.5);
    expect(by['B']?.rank).toBe(2.5);
    expect(by['C']?.rank).toBe(2.5);
    expect(by['B']?.percentile).toBe(50);
    expect(by['D']?.percentile).toBe(87.5);
    // NIH rounds up to whole numbers
    expect(by['A']?.nihPercentile).toBe(13);
    expect(by['B']?.nihPercentile).toBe(50);
    expect(by['D']?.nihPercentile).toBe(88);
  });

  it('higher-is-better reverses the order and NIH percentiles stay within 1..99', () => {
    const values: Record<string, number> = {};
    for (let i = 0; i < 200; i++) values[`a${String(i).padStart(3, '0')}`] = i;
    const p = percentiles(values, 'higher-is-better');
    const best = p.find((e) => e.id === 'a199');
    const worst = p.find((e) => e.id === 'a000');
    expect(best?.rank).toBe(1);
    expect(best?.percentile).toBe(0.25);
    expect(best?.nihPercentile).toBe(1);
    expect(worst?.percentile).toBe(99.75);
    expect(worst?.nihPercentile).toBe(99);
  });
});
