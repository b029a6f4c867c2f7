import { describe, expect, it } from 'vitest';
import { buildDesign } from './design';
import type { ScoreRow } from '../types';

const rows: ScoreRow[] = [
  { application: 'B', reviewer: 'y', score: 6 },
  { application: 'A', reviewer: 'x', score: 2 },
  { application: 'A', reviewer: 'y', score: 4 },
  { application: 'B', reviewer: 'x', score: null }, // conflict: absent, not zero
  { application: 'C', reviewer: 'z', score: null }, // never scored: not in the model
];

describe('sampler design', () => {
  it('keeps only observed cells and fixes μ at the mean of application means', () => {
    const d = buildDesign(rows, 'higher-is-better');
    expect(d.applications).toEqual(['A', 'B']);
    expect(d.reviewers).toEqual(['x', 'y']);
    expect(d.nObs).toBe(3);
    expect(d.mu).toBe((3 + 6) / 2);
    expect([...d.appStart]).toEqual([0, 2, 3]);
    expect([...d.appObsY]).toEqual([2 - 4.5, 4 - 4.5, 6 - 4.5]);
    expect([...d.revStart]).toEqual([0, 1, 3]);
    expect([...d.revObsApp]).toEqual([0, 0, 1]);
    expect([...d.revN]).toEqual([1, 2]);
  });

  it('orients lower-is-better scores so larger is better', () => {
    const d = buildDesign(rows, 'lower-is-better');
    expect(d.mu).toBe(-4.5);
    expect([...d.appObsY]).toEqual([-2 + 4.5, -4 + 4.5, -6 + 4.5]);
    expect([...d.appMean]).toEqual([3, 6]); // raw means stay on the input scale
  });

  it('does not depend on row order', () => {
    const a = buildDesign(rows, 'higher-is-better');
    const b = buildDesign([...rows].reverse(), 'higher-is-better');
    expect(b).toEqual(a);
  });
});
