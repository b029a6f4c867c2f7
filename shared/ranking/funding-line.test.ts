import { describe, expect, it } from 'vitest';
import { drawFundingLine, drawGroupedFundingLines, type FundingCandidate } from './funding-line';
import { parseTieBreak } from './tie-break';

const byMean = parseTieBreak(['mean', 'criterion:excellence', 'criterion:impact'], 'higher-is-better');
const byEr = parseTieBreak(['er', 'mean'], 'higher-is-better');

function point(
  id: string,
  mean: number,
  extra: Record<string, number> = {},
  award?: number,
): FundingCandidate {
  return { id, keys: { mean, ...extra }, ...(award !== undefined ? { award } : {}) };
}

describe('point methods (mean / z-score)', () => {
  const pool = [point('E', 2), point('B', 4.5), point('D', 3), point('A', 5), point('C', 4)];

  it('k fundable: the first k are funded, FL is the k-th position, no lottery without ties', () => {
    const d = drawFundingLine(pool, { fundable: 2, tieBreak: byMean });
    expect(d.order).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(d.fundingLine).toBe(2);
    expect(d.group).toEqual({ A: 'funded', B: 'funded', C: 'rejected', D: 'rejected', E: 'rejected' });
    expect(d.lotteryPlaces).toBe(0);
    expect(d.lotteryCandidates).toEqual([]);
    expect(d.cri50['B']).toEqual([2, 2]);
  });

  it('input order never matters', () => {
    const a = drawFundingLine(pool, { fundable: 3, tieBreak: byMean });
    const b = drawFundingLine([...pool].reverse(), { fundable: 3, tieBreak: byMean });
    expect(b).toEqual(a);
  });

  it('an exact tie at the line goes to the lottery for the remaining places', () => {
    const tied = [point('A', 5), point('B', 4), point('C', 4), point('D', 4), point('E', 3)];
    const d = drawFundingLine(tied, { fundable: 2, tieBreak: byMean });
    expect(d.position).toEqual({ A: 1, B: 3, C: 3, D: 3, E: 5 });
    expect(d.fundingLine).toBe(3);
    expect(d.group).toEqual({ A: 'funded', B: 'lottery', C: 'lottery', D: 'lottery', E: 'rejected' });
    expect(d.lotteryPlaces).toBe(1);
    expect(d.lotteryCandidates).toEqual(['B', 'C', 'D']);
    expect(d.ties).toEqual([['B', 'C', 'D']]);
    expect(d.notices.map((n) => n.code)).toContain('ranking.warnings.unresolvedTie');
  });

  it('declared tie-breaks separate ties: Excellence first, then Impact', () => {
    const tied = [
      point('A', 5),
      point('B', 4, { 'criterion:excellence': 4, 'criterion:impact': 5 }),
      point('C', 4, { 'criterion:excellence': 4.5, 'criterion:impact': 3 }),
      point('D', 4, { 'criterion:excellence': 4, 'criterion:impact': 4 }),
    ];
    const d = drawFundingLine(tied, { fundable: 2, tieBreak: byMean });
    expect(d.order).toEqual(['A', 'C', 'B', 'D']);
    expect(d.group).toEqual({ A: 'funded', C: 'funded', B: 'rejected', D: 'rejected' });
    expect(d.ties).toEqual([]);
  });

  it('a tie block wholly above the line is funded, not drawn', () => {
    const tied = [point('A', 5), point('B', 5), point('C', 4)];
    const d = drawFundingLine(tied, { fundable: 2, tieBreak: byMean });
    expect(d.fundingLine).toBe(1.5);
    // both sit on the line, but 2 places for 2 candidates need no draw
    expect(d.group).toEqual({ A: 'funded', B: 'funded', C: 'rejected' });
    expect(d.lotteryPlaces).toBe(0);
    expect(d.lotteryCandidates).toEqual([]);
  });

  it('envelope: walk down and stop at the first that does not fit (no skipping)', () => {
    const withAwards = [
      point('A', 5, {}, 40),
      point('B', 4, {}, 50),
      point('C', 3, {}, 10),
      point('D', 2, {}, 5),
    ];
    const d = drawFundingLine(withAwards, { envelope: 80, tieBreak: byMean });
    // A (40) fits, B (40 + 50 = 90) does not: stop; C would fit but is not reached.
    expect(d.fundableCount).toBe(1);
    expect(d.group).toEqual({ A: 'funded', B: 'rejected', C: 'rejected', D: 'rejected' });
    expect(d.remainingEnvelope).toBe(40);
    const exact = drawFundingLine(withAwards, { envelope: 90, tieBreak: byMean });
    expect(exact.fundableCount).toBe(2);
    expect(exact.remainingEnvelope).toBe(0);
  });

  it('envelope and k together: the smaller count wins', () => {
    const withAwards = [point('A', 5, {}, 10), point('B', 4, {}, 10), point('C', 3, {}, 10)];
    expect(drawFundingLine(withAwards, { envelope: 100, fundable: 2, tieBreak: byMean }).fundableCount).toBe(
      2,
    );
    expect(drawFundingLine(withAwards, { envelope: 15, fundable: 3, tieBreak: byMean }).fundableCount).toBe(
      1,
    );
  });

  it('envelope with a tie block that only partly fits puts the line inside the block', () => {
    const c = [point('A', 5, {}, 30), point('B', 4, {}, 50), point('C', 4, {}, 30), point('D', 3, {}, 1)];
    const d = drawFundingLine(c, { envelope: 70, tieBreak: byMean });
    expect(d.fundableCount).toBe(2);
    expect(d.group).toEqual({ A: 'funded', B: 'lottery', C: 'lottery', D: 'rejected' });
    expect(d.lotteryPlaces).toBe(1);
    expect(d.remainingEnvelope).toBe(40);
  });

  it('edge cases: nothing fits, everything fundable, missing award, bad options', () => {
    const c = [point('A', 5, {}, 100), point('B', 4, {}, 1)];
    const none = drawFundingLine(c, { envelope: 50, tieBreak: byMean });
    expect(none.fundingLine).toBeNull();
    expect(none.group).toEqual({ A: 'rejected', B: 'rejected' });
    expect(none.notices.map((n) => n.code)).toContain('ranking.warnings.nothingFits');
    const all = drawFundingLine(c, { fundable: 5, tieBreak: byMean });
    expect(all.group).toEqual({ A: 'funded', B: 'funded' });
    expect(all.fundingLine).toBe(2);
    expect(() => drawFundingLine([point('A', 1)], { envelope: 5, tieBreak: byMean })).toThrow(/missingAward/);
    expect(() => drawFundingLine(c, { fundable: -1, tieBreak: byMean })).toThrow(/invalidOption/);
    expect(() => drawFundingLine(c, { fundable: 1.5, tieBreak: byMean })).toThrow(/invalidOption/);
    expect(() => drawFundingLine(c, { tieBreak: byMean })).toThrow(/invalidOption/);
    expect(() => drawFundingLine([point('A', 1), point('A', 2)], { fundable: 1, tieBreak: byMean })).toThrow(
      /duplicateCandidate/,
    );
  });
});

describe('Bayesian intervals', () => {
  function b(id: string, er: number, lo: number, hi: number, award?: number): FundingCandidate {
    return { id, keys: {}, er, cri50: [lo, hi], ...(award !== undefined ? { award } : {}) };
  }
  // ER order A < B < C < D < E < F; fund 3 → FL = ER(C) = 3.2
  const pool = [
    b('A', 1.2, 1, 2),
    b('B', 2.4, 2, 3),
    b('C', 3.2, 3, 4),
    b('D', 3.9, 3, 5),
    b('E', 5.1, 4, 6),
    b('F', 5.2, 5, 6),
  ];

  it('funded when hi < FL, rejected when lo > FL, lottery otherwise; places = k − funded', () => {
    const d = drawFundingLine(pool, { fundable: 3, tieBreak: byEr });
    expect(d.fundingLine).toBe(3.2);
    expect(d.group).toEqual({
      A: 'funded',
      B: 'funded',
      C: 'lottery',
      D: 'lottery',
      E: 'rejected',
      F: 'rejected',
    });
    expect(d.lotteryPlaces).toBe(1);
    expect(d.lotteryCandidates).toEqual(['C', 'D']);
    expect(d.position).toEqual({ A: 1, B: 2, C: 3, D: 4, E: 5, F: 6 });
  });

  it('B whose interval reaches FL joins the lottery and the places grow accordingly', () => {
    const wide = pool.map((c) => (c.id === 'B' ? b('B', 2.4, 2, 3.5) : c));
    const d = drawFundingLine(wide, { fundable: 3, tieBreak: byEr });
    expect(d.group['B']).toBe('lottery');
    expect(d.lotteryPlaces).toBe(2);
    expect(d.lotteryCandidates).toEqual(['B', 'C', 'D']);
  });

  it('envelope walk by ER; the lottery budget is what the funded leave', () => {
    const withAwards = pool.map((c, i) => ({ ...c, award: [30, 30, 30, 30, 10, 10][i] as number }));
    const d = drawFundingLine(withAwards, { envelope: 95, tieBreak: byEr });
    expect(d.fundableCount).toBe(3);
    expect(d.remainingEnvelope).toBe(35);
  });

  it('more interval-funded than places is reported, never silently over-funded', () => {
    // C's ER is 2.0 but its 50 % interval is [1, 1]: mostly rank 1, rarely far down (skewed draws)
    const odd = [b('A', 1.4, 1, 1), b('B', 1.6, 1, 1), b('C', 2.0, 1, 1), b('D', 3, 3, 4)];
    const d = drawFundingLine(odd, { fundable: 2, tieBreak: byEr });
    expect(d.fundingLine).toBe(1.6);
    expect(d.group).toEqual({ A: 'funded', B: 'funded', C: 'funded', D: 'rejected' });
    expect(d.notices.map((n) => n.code)).toContain('ranking.warnings.intervalFundsMore');
    expect(d.lotteryPlaces).toBe(0);
  });
});

describe('challenge calls: one line per group', () => {
  it('funds the top N within each challenge, not a global top-k', () => {
    const c = [
      { ...point('A1', 5), group: 'A' },
      { ...point('A2', 4.9), group: 'A' },
      { ...point('A3', 4.8), group: 'A' },
      { ...point('B1', 3), group: 'B' },
      { ...point('B2', 2), group: 'B' },
    ];
    const out = drawGroupedFundingLines(c, { A: { fundable: 1 } }, { fundable: 1 }, byMean);
    expect([...out.keys()]).toEqual(['A', 'B']);
    expect(out.get('A')?.group).toEqual({ A1: 'funded', A2: 'rejected', A3: 'rejected' });
    expect(out.get('B')?.group).toEqual({ B1: 'funded', B2: 'rejected' });
    expect(out.get('B')?.fundingLine).toBe(1);
    const two = drawGroupedFundingLines(c, { A: { fundable: 2 } }, { fundable: 1 }, byMean);
    expect(two.get('A')?.group['A2']).toBe('funded');
  });
});
