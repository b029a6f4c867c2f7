import { describe, expect, it } from 'vitest';
import { aggregateReviews, aggregateScores, summarize } from './aggregate';
import type { ReviewInput, RubricSpec } from './types';
import { isAppError } from '../errors';

const HE: RubricSpec = {
  direction: 'higher-is-better',
  criteria: [
    { id: 'excellence', threshold: 3 },
    { id: 'impact', threshold: 3, weight: 1.5 },
    { id: 'implementation', threshold: 3 },
  ],
  totalThreshold: 10,
  disagreementLimit: 2,
  overallFrom: 'sum',
};

function review(
  reviewer: string,
  e: number | null,
  i: number | null,
  m: number | null,
  extra: Partial<ReviewInput> = {},
): ReviewInput {
  return {
    reviewer,
    status: 'submitted',
    criteria: { excellence: e, impact: i, implementation: m },
    ...extra,
  };
}

describe('summarize', () => {
  it('n, mean, median, SD, min, max, range by hand', () => {
    expect(summarize([3, 5, 4, 8])).toEqual({
      n: 4,
      mean: 5,
      median: 4.5,
      sd: Math.sqrt(14 / 3), // deviations −2, 0, −1, 3 → SS 14
      min: 3,
      max: 8,
      range: 5,
    });
    expect(summarize([])).toEqual({
      n: 0,
      mean: null,
      median: null,
      sd: null,
      min: null,
      max: null,
      range: null,
    });
  });
});

describe('aggregateScores', () => {
  it('treats null as not scored (never zero) and sorts applications by id', () => {
    const out = aggregateScores([
      { application: 'B', reviewer: 'r1', score: 4 },
      { application: 'A', reviewer: 'r1', score: 2 },
      { application: 'A', reviewer: 'r2', score: null },
      { application: 'A', reviewer: 'r3', score: 6 },
    ]);
    expect(out.map((a) => a.application)).toEqual(['A', 'B']);
    const a = out[0];
    expect(a?.n).toBe(2);
    expect(a?.mean).toBe(4);
    expect(a?.missing).toEqual(['r2']);
    expect(a?.scores).toEqual({ r1: 2, r3: 6 });
  });

  it('refuses duplicate (application, reviewer) rows and non-finite scores', () => {
    const dup = (): unknown =>
      aggregateScores([
        { application: 'A', reviewer: 'r1', score: 1 },
        { application: 'A', reviewer: 'r1', score: 2 },
      ]);
    expect(dup).toThrow(/ranking.errors.duplicateScore/);
    try {
      aggregateScores([{ application: 'A', reviewer: 'r1', score: Number.NaN }]);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.code).toBe('ranking.errors.invalidScore');
    }
  });
});

describe('aggregateReviews (Horizon Europe rubric)', () => {
  it('computes criterion means, total, weighted total and passes thresholds', () => {
    const agg = aggregateReviews(
      [review('a', 4, 3.5, 3), review('b', 4.5, 4, 3.5), review('c', 3.5, 3, 2.5)],
      HE,
    );
    expect(agg.reviews).toBe(3);
    expect(agg.criterionMeans).toEqual({ excellence: 4, impact: 3.5, implementation: 3 });
    expect(agg.total).toBe(10.5);
    // weights 1, 1.5, 1 → normalised 2/7, 3/7, 2/7: (8 + 10.5 + 6)/7 = 3.5
    expect(agg.weightedTotal).toBeCloseTo(3.5, 12);
    expect(agg.thresholds).toEqual({
      criteria: { excellence: true, impact: true, implementation: true },
      total: true,
      pass: true,
    });
    // overall = sum per review: 10.5, 12, 9 → range 3 > limit 2
    expect(agg.mean).toBe(10.5);
    expect(agg.range).toBe(3);
    expect(agg.disagreement).toBe(true);
  });

  it('fails when one criterion is below its threshold even if the total passes', () => {
    const agg = aggregateReviews([review('a', 5, 5, 2.5), review('b', 5, 5, 2.5)], HE);
    expect(agg.total).toBe(12.5);
    expect(agg.thresholds.criteria['implementation']).toBe(false);
    expect(agg.thresholds.total).toBe(true);
    expect(agg.thresholds.pass).toBe(false);
  });

  it('fails when every criterion passes but the total is below 10', () => {
    const agg = aggregateReviews([review('a', 3, 3, 3.5)], HE);
    expect(agg.total).toBe(9.5);
    expect(agg.thresholds).toEqual({
      criteria: { excellence: true, impact: true, implementation: true },
      total: false,
      pass: false,
    });
  });

  it('counts only submitted reviews; drafts and recusals never count', () => {
    const agg = aggregateReviews(
      [
        review('a', 4, 4, 4, { recommendation: '优先资助' }),
        review('b', 0, 0, 0, { status: 'draft', recommendation: '不予资助' }),
        review('c', 0, 0, 0, { status: 'recused' }),
        review('d', 3, 3, 3, { recommendation: '可资助' }),
        review('e', 5, 5, 5, { recommendation: '优先资助' }),
      ],
      HE,
    );
    expect(agg.reviews).toBe(3);
    expect(agg.criterionMeans['excellence']).toBe(4);
    expect(agg.recommendations).toEqual({ 优先资助: 2, 可资助: 1 });
  });

  it('a criterion nobody scored makes its check and the totals unknown, not failed', () => {
    const agg = aggregateReviews([review('a', 4, null, 4)], HE);
    expect(agg.criterionN).toEqual({ excellence: 1, impact: 0, implementation: 1 });
    expect(agg.criterionMeans['impact']).toBeNull();
    expect(agg.total).toBeNull();
    expect(agg.weightedTotal).toBeNull();
    expect(agg.thresholds.criteria['impact']).toBeNull();
    expect(agg.thresholds.pass).toBeNull();
    // the review has no complete overall either
    expect(agg.n).toBe(0);
  });

  it('lower-is-better thresholds pass at or below the threshold (NIH-style factors)', () => {
    const nih: RubricSpec = {
      direction: 'lower-is-better',
      criteria: [
        { id: 'importance', threshold: 5 },
        { id: 'rigor', threshold: 5 },
      ],
    };
    const reviews: ReviewInput[] = [
      { reviewer: 'a', status: 'submitted', criteria: { importance: 2, rigor: 5 }, overall: 2 },
      { reviewer: 'b', status: 'submitted', criteria: { importance: 3, rigor: 6 }, overall: 3 },
      { reviewer: 'c', status: 'submitted', criteria: { importance: 2, rigor: 6 }, overall: 2 },
    ];
    const agg = aggregateReviews(reviews, nih);
    expect(agg.thresholds.criteria).toEqual({ importance: true, rigor: false });
    expect(agg.thresholds.pass).toBe(false);
    // given overall scores 2, 3, 2 → mean 2.333… → NIH 23
    expect(agg.nihImpact).toBe(23);
    expect(agg.disagreement).toBe(false);
  });

  it('weighted-mean overall by default, from normalised weights', () => {
    const rubric: RubricSpec = {
      direction: 'higher-is-better',
      criteria: [
        { id: 'x', weight: 3 },
        { id: 'y', weight: 1 },
      ],
    };
    const agg = aggregateReviews([{ reviewer: 'a', status: 'submitted', criteria: { x: 4, y: 8 } }], rubric);
    expect(agg.mean).toBe(5); // 0.75·4 + 0.25·8
    expect(agg.thresholds).toEqual({ criteria: { x: null, y: null }, total: null, pass: true });
  });

  it('refuses two submitted reviews by one reviewer and negative weights', () => {
    expect(() => aggregateReviews([review('a', 1, 1, 1), review('a', 2, 2, 2)], HE)).toThrow(
      /duplicateScore/,
    );
    const bad: RubricSpec = { direction: 'higher-is-better', criteria: [{ id: 'x', weight: -1 }] };
    expect(() => aggregateReviews([], bad)).toThrow(/invalidOption/);
  });
});
