import { describe, expect, it } from 'vitest';
import { lumpSumAward } from './award';

describe('lump-sum award', () => {
  it('is the median of submitted opinions', () => {
    const r = lumpSumAward({
      requested: 1_000_000,
      reviews: [
        { status: 'submitted', recommendedAmount: 800_000, budgetOpinion: 'too-high' },
        { status: 'submitted', recommendedAmount: 900_000 },
        { status: 'submitted', budgetOpinion: 'appropriate' }, // counts as the requested sum
        { status: 'draft', recommendedAmount: 10 },
        { status: 'recused', recommendedAmount: 10 },
        { status: 'submitted' }, // no opinion
      ],
    });
    expect(r).toEqual({
      amount: 900_000,
      basis: 'median',
      opinions: 3,
      median: 900_000,
      capped: false,
      reason: null,
    });
  });

  it('averages the middle two for an even count and caps at the requested amount', () => {
    const even = lumpSumAward({
      requested: 500,
      reviews: [
        { status: 'submitted', recommendedAmount: 300 },
        { status: 'submitted', recommendedAmount: 400 },
      ],
    });
    expect(even.amount).toBe(350);
    const capped = lumpSumAward({
      requested: 500,
      reviews: [
        { status: 'submitted', recommendedAmount: 600, budgetOpinion: 'too-low' },
        { status: 'submitted', recommendedAmount: 700, budgetOpinion: 'too-low' },
      ],
    });
    expect(capped).toMatchObject({ amount: 500, median: 650, capped: true });
  });

  it('gives no amount without opinions; an override with a reason passes through', () => {
    expect(lumpSumAward({ requested: 500, reviews: [{ status: 'submitted' }] })).toMatchObject({
      amount: null,
      basis: 'none',
    });
    const o = lumpSumAward({
      requested: 500,
      reviews: [{ status: 'submitted', recommendedAmount: 300 }],
      override: { amount: 450, reason: '  committee decision 2025-06-01  ' },
    });
    expect(o).toEqual({
      amount: 450,
      basis: 'override',
      opinions: 1,
      median: 300,
      capped: false,
      reason: 'committee decision 2025-06-01',
    });
    expect(() => lumpSumAward({ requested: 500, reviews: [], override: { amount: 1, reason: ' ' } })).toThrow(
      /overrideReason/,
    );
    expect(() => lumpSumAward({ requested: -1, reviews: [] })).toThrow(/invalidOption/);
    expect(() =>
      lumpSumAward({ requested: 1, reviews: [{ status: 'submitted', recommendedAmount: Number.NaN }] }),
    ).toThrow(/invalidOption/);
  });
});
