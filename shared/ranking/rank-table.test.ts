import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rankApplications } from './rank-table';
import { parseSnsfCsv } from '../../test/support/ranking/external-data';
import type { ScoreRow } from './types';

// 4 applications, 3 reviewers. Means: A 5, B 4, C 4, D 2 (higher is better).
const small: ScoreRow[] = [
  { application: 'A', reviewer: 'x', score: 5 },
  { application: 'A', reviewer: 'y', score: 5 },
  { application: 'B', reviewer: 'x', score: 4 },
  { application: 'B', reviewer: 'z', score: 4 },
  { application: 'C', reviewer: 'y', score: 3 },
  { application: 'C', reviewer: 'z', score: 5 },
  { application: 'D', reviewer: 'x', score: 2 },
  { application: 'D', reviewer: 'y', score: null },
];

const SNSF = parseSnsfCsv(
  readFileSync(
    fileURLToPath(
      new URL('../../test/fixtures/external/snsf-erforresearch/mock_data_all_panels.csv', import.meta.url),
    ),
    'utf8',
  ),
);

describe('rankApplications: mean method', () => {
  it('returns the CLI JSON shape with point ranks and degenerate intervals', () => {
    const t = rankApplications({ rows: small, direction: 'higher-is-better', method: 'mean', fundable: 1 });
    expect(Object.keys(t).sort()).toEqual(
      [
        'applications',
        'direction',
        'excluded',
        'fundableCount',
        'fundingLine',
        'fundingLines',
        'lottery',
        'method',
        'n',
        'notices',
        'reviewers',
        'rhatMax',
        'seed',
        'tieBreak',
        'warnings',
      ].sort(),
    );
    expect(t).toMatchObject({ method: 'mean', n: 4, fundingLine: 1, rhatMax: null, seed: null });
    expect(t.applications.map((a) => [a.application, a.rank, a.group])).toEqual([
      ['A', 1, 'funded'],
      ['B', 2.5, 'rejected'],
      ['C', 2.5, 'rejected'],
      ['D', 4, 'rejected'],
    ]);
    const b = t.applications[1];
    expect(b).toEqual({
      application: 'B',
      n: 2,
      mean: 4,
      estimate: 4,
      rank: 2.5,
      er: 2.5,
      pcer: (100 * 2) / 4,
      sucra: 1.5 / 3,
      cri50: [2.5, 2.5],
      cri90: [2.5, 2.5],
      group: 'rejected',
      challenge: null,
    });
    // B and C are tied on every default rule (mean; no criterion data) and reported
    expect(t.warnings.some((w) => w.includes('B, C'))).toBe(true);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it('a tie at the line becomes a lottery; a recorded seed draws it reproducibly', () => {
    const t = rankApplications({
      rows: small,
      direction: 'higher-is-better',
      method: 'mean',
      fundable: 2,
      lotterySeed: 'draw-1',
    });
    expect(t.applications.map((a) => a.group)).toEqual(['funded', 'lottery', 'lottery', 'rejected']);
    expect(t.lottery).toHaveLength(1);
    const pool = t.lottery[0];
    expect(pool?.places).toBe(1);
    expect(pool?.candidates).toEqual(['B', 'C']);
    expect(pool?.draw?.selected).toHaveLength(1);
    const again = rankApplications({
      rows: [...small].reverse(),
      direction: 'higher-is-better',
      method: 'mean',
      fundable: 2,
      lotterySeed: 'draw-1',
    });
    expect(again.lottery[0]?.draw).toEqual(pool?.draw);
  });

  it('declared tie-breaks resolve the tie (criterion means)', () => {
    const t = rankApplications({
      rows: small,
      direction: 'higher-is-better',
      method: 'mean',
      fundable: 2,
      criterionMeans: { B: { excellence: 4 }, C: { excellence: 4.5 } },
    });
    expect(t.applications.map((a) => [a.application, a.rank, a.group])).toEqual([
      ['A', 1, 'funded'],
      ['C', 2, 'funded'],
      ['B', 3, 'rejected'],
      ['D', 4, 'rejected'],
    ]);
    expect(t.lottery).toEqual([]);
  });

  it('lower-is-better puts the smallest mean first; without a line, groups are null', () => {
    const t = rankApplications({ rows: small, direction: 'lower-is-better', method: 'mean' });
    expect(t.applications.map((a) => a.application)).toEqual(['D', 'B', 'C', 'A']);
    expect(t.applications.every((a) => a.group === null)).toBe(true);
    expect(t.fundingLine).toBeNull();
    // reviewer leniency: x gave A 5 (mean 5), B 4 (mean 4), D 2 (mean 2) → 0 on the oriented scale
    expect(t.reviewers.find((r) => r.reviewer === 'x')?.leniency).toBe(0);
  });

  it('envelope walks by rank with the award amounts; excluded applications are not ranked', () => {
    const awards = { A: 50, B: 30, C: 30, D: 10 };
    const t = rankApplications({
      rows: small,
      direction: 'higher-is-better',
      method: 'mean',
      envelope: 85,
      awards,
      excluded: ['A'],
    });
    expect(t.excluded).toEqual(['A']);
    expect(t.n).toBe(3);
    expect(t.applications.map((a) => a.application)).toEqual(['B', 'C', 'D']);
    // B and C tied (30 + 30 = 60 fits), D (70) fits → all three fundable
    expect(t.applications.map((a) => a.group)).toEqual(['funded', 'funded', 'funded']);
    // excluded A still informs leniency: reviewer y's scores include A
    expect(t.reviewers.find((r) => r.reviewer === 'y')?.n).toBe(2);
    expect(() =>
      rankApplications({ rows: small, direction: 'higher-is-better', method: 'mean', envelope: 85 }),
    ).toThrow(/missingAward/);
  });
});

describe('rankApplications: z-score and Bayes', () => {
  it('z-scores undo a harsh reviewer that the mean cannot see', () => {
    // r1 is harsh (scores 1–3), r2 generous (7–9); P and Q are each seen by one of them only.
    const rows: ScoreRow[] = [
      { application: 'P', reviewer: 'r1', score: 3 }, // r1's best
      { application: 'X', reviewer: 'r1', score: 2 },
      { application: 'Y', reviewer: 'r1', score: 1 },
      { application: 'Q', reviewer: 'r2', score: 7 }, // r2's worst
      { application: 'X', reviewer: 'r2', score: 8 },
      { application: 'Y', reviewer: 'r2', score: 9 },
    ];
    const mean = rankApplications({ rows, direction: 'higher-is-better', method: 'mean' });
    expect(mean.applications.find((a) => a.application === 'Q')?.rank).toBeLessThan(
      mean.applications.find((a) => a.application === 'P')?.rank ?? 0,
    );
    const z = rankApplications({ rows, direction: 'higher-is-better', method: 'zscore', minReviewsForZ: 3 });
    expect(z.applications[0]?.application).toBe('P');
    expect(z.applications[z.applications.length - 1]?.application).toBe('Q');
    expect(z.applications[0]?.estimate).toBe(1);
  });

  it('requires a seed for Bayes and refuses bad options', () => {
    expect(() => rankApplications({ rows: small, direction: 'higher-is-better', method: 'bayes' })).toThrow(
      /seed/,
    );
    expect(() =>
      rankApplications({ rows: small, direction: 'higher-is-better', method: 'bayes', seed: 's', chains: 0 }),
    ).toThrow(/invalidOption/);
    expect(() =>
      rankApplications({
        rows: small,
        direction: 'higher-is-better',
        method: 'mean',
        tieBreak: ['rowOrder'],
      }),
    ).toThrow(/invalidOption/);
  });

  it('reports Bayes progress monotonically up to 1, and a throwing callback cancels the run', () => {
    const seen: number[] = [];
    const opts = {
      rows: small,
      direction: 'higher-is-better',
      method: 'bayes',
      seed: 'p',
      iterations: 500,
      burnIn: 250,
    } as const;
    rankApplications({ ...opts, onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(4);
    expect(seen.every((f, i) => i === 0 || f >= (seen[i - 1] as number))).toBe(true);
    expect(seen[seen.length - 1]).toBe(1);
    const cancel = (f: number): void => {
      if (f > 0.3) throw new Error('cancelled by officer');
    };
    expect(() => rankApplications({ ...opts, onProgress: cancel })).toThrow('cancelled by officer');
  });

  it('challenge calls: ranks, ER and the line are within each challenge (SNSF panels as challenges)', () => {
    const rows = SNSF.map(({ application, reviewer, score }) => ({ application, reviewer, score }));
    const of = Object.fromEntries(SNSF.map((r) => [r.application, r.panel]));
    const t = rankApplications({
      rows,
      direction: 'higher-is-better',
      method: 'bayes',
      seed: 'challenges',
      groups: { of, fundable: { p1: 2, p2: 3, p3: 1 } },
      lotterySeed: 'challenge-draw',
    });
    expect(t.fundingLine).toBeNull();
    expect(Object.keys(t.fundingLines ?? {}).sort()).toEqual(['p1', 'p2', 'p3']);
    for (const g of ['p1', 'p2', 'p3']) {
      const apps = t.applications.filter((a) => a.challenge === g);
      expect(apps).toHaveLength(15);
      expect(apps.reduce((s, a) => s + a.er, 0)).toBeCloseTo(120, 9);
      expect(apps.map((a) => a.rank).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 15 }, (_, i) => i + 1),
      );
      const places = t.lottery.find((l) => l.challenge === g)?.places ?? 0;
      const funded = apps.filter((a) => a.group === 'funded').length;
      expect(funded + places).toBe({ p1: 2, p2: 3, p3: 1 }[g]);
    }
    // p2's grades separate well: its top 3 are funded outright
    expect(
      t.applications
        .filter((a) => a.challenge === 'p2' && a.group === 'funded')
        .map((a) => a.application)
        .sort(),
    ).toEqual(['#16', '#17', '#18']);
    for (const l of t.lottery) expect(l.draw?.seed).toContain('challenge-draw');
  });
});
