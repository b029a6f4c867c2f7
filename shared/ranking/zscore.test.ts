import { describe, expect, it } from 'vitest';
import { zScores } from './zscore';
import type { ScoreRow } from './types';

const rows: ScoreRow[] = [
  // r1 scores A, B, C: 2, 4, 6 → mean 4, SD 2 → z −1, 0, 1
  { application: 'A', reviewer: 'r1', score: 2 },
  { application: 'B', reviewer: 'r1', score: 4 },
  { application: 'C', reviewer: 'r1', score: 6 },
  // r2 scores A, B, C: 5, 6, 7 → mean 6, SD 1 → z −1, 0, 1
  { application: 'A', reviewer: 'r2', score: 5 },
  { application: 'B', reviewer: 'r2', score: 6 },
  { application: 'C', reviewer: 'r2', score: 7 },
  // r3 scores only C (below the minimum): not calibrated
  { application: 'C', reviewer: 'r3', score: 9 },
  { application: 'B', reviewer: 'r3', score: null },
];

describe('per-reviewer z-scores', () => {
  it('standardise each calibrated reviewer by their own mean and SD', () => {
    const z = zScores(rows, 3);
    const r1 = z.reviewers.find((r) => r.reviewer === 'r1');
    expect(r1).toEqual({ reviewer: 'r1', n: 3, mean: 4, sd: 2, calibrated: true });
    const byKey = new Map(z.entries.map((e) => [`${e.application}/${e.reviewer}`, e.z]));
    expect(byKey.get('A/r1')).toBe(-1);
    expect(byKey.get('C/r2')).toBe(1);
    const a = z.applications.find((x) => x.application === 'A');
    expect(a).toEqual({ application: 'A', n: 2, meanZ: -1, flagged: false });
  });

  it('use an under-minimum reviewer raw, on the panel scale, and flag it', () => {
    const z = zScores(rows, 3);
    expect(z.reviewers.find((r) => r.reviewer === 'r3')?.calibrated).toBe(false);
    // panel: 2,4,6,5,6,7,9 → mean 39/7, SD from SS = 30.857…/6
    const all = [2, 4, 6, 5, 6, 7, 9];
    const m = all.reduce((s, x) => s + x, 0) / all.length;
    const sd = Math.sqrt(all.reduce((s, x) => s + (x - m) ** 2, 0) / (all.length - 1));
    const e = z.entries.find((x) => x.reviewer === 'r3');
    expect(e?.calibrated).toBe(false);
    expect(e?.z).toBeCloseTo((9 - m) / sd, 12);
    const c = z.applications.find((x) => x.application === 'C');
    expect(c?.flagged).toBe(true);
    expect(c?.meanZ).toBeCloseTo((1 + 1 + (9 - m) / sd) / 3, 12);
    expect(z.applications.find((x) => x.application === 'B')?.n).toBe(2);
  });

  it('a raised minimum un-calibrates everyone below it; a reviewer with no spread is never calibrated', () => {
    const z = zScores(rows, 4);
    expect(z.reviewers.every((r) => !r.calibrated)).toBe(true);
    const flat = zScores(
      [
        { application: 'A', reviewer: 'r', score: 3 },
        { application: 'B', reviewer: 'r', score: 3 },
        { application: 'C', reviewer: 'r', score: 3 },
      ],
      2,
    );
    expect(flat.reviewers[0]?.calibrated).toBe(false);
    expect(flat.applications.map((a) => a.meanZ)).toEqual([0, 0, 0]);
    expect(() => zScores(rows, 1)).toThrow(RangeError);
  });
});
