/**
 * AIBS panel (Gallo 2023 via rankrate): 12 reviewers × 28 proposals, ratings 0–40 where LOWER is
 * better, null where a reviewer did not score (conflict), plus each reviewer's own top-6 list.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDesign } from './bayes/design';
import { fitBayes } from './bayes/fit';
import { rankApplications } from './rank-table';
import { spearman } from './stats';
import { parseAibsJson } from '../../test/support/ranking/external-data';

const JSON_PATH = fileURLToPath(
  new URL('../../test/fixtures/external/aibs-panel/AIBS.json', import.meta.url),
);
const aibs = parseAibsJson(readFileSync(JSON_PATH, 'utf8'));
const observed = aibs.rows.filter((r) => r.score !== null);

describe('AIBS panel (lower is better, missing where conflicted)', () => {
  it('has 12 × 28 cells of which only the scored ones enter the model', () => {
    expect(aibs.rows).toHaveLength(12 * 28);
    const d = buildDesign(aibs.rows, 'lower-is-better');
    expect(d.nObs).toBe(observed.length);
    expect(d.nObs).toBeLessThan(12 * 28);
    expect(d.nApps).toBe(28);
    expect(d.nRevs).toBe(12); // reviewer 12 scored a single proposal and is still calibrated
    // a conflicted cell is absent, not a zero: P2's mean is over its 10 scores only
    const p2 = aibs.rows
      .filter((r) => r.application === 'P2' && r.score !== null)
      .map((r) => r.score as number);
    expect(p2).toHaveLength(10);
    expect(d.appMean[d.applications.indexOf('P2')]).toBeCloseTo(p2.reduce((s, x) => s + x, 0) / 10, 12);
  });

  it('ranks the lowest ratings first and agrees with the reviewers’ own top-6 lists', () => {
    const t = rankApplications({
      rows: aibs.rows,
      direction: 'lower-is-better',
      method: 'bayes',
      seed: 'aibs',
      fundable: 6,
    });
    expect(t.rhatMax as number).toBeLessThan(1.05);
    const byEr = [...t.applications].sort((a, b) => a.er - b.er).map((a) => a.application);
    // The three proposals reviewers put in their top 6 most often (P17, P19: 10 times; P25: 9).
    expect(new Set(byEr.slice(0, 3))).toEqual(new Set(['P17', 'P19', 'P25']));
    // lower mean rating ↔ lower (better) ER
    expect(
      spearman(
        t.applications.map((a) => a.er),
        t.applications.map((a) => a.mean),
      ),
    ).toBeGreaterThan(0.95);
    // the worst-rated proposal is last-but-few, never near the top
    const p14 = t.applications.find((a) => a.application === 'P14');
    expect(p14?.er as number).toBeGreaterThan(24);
    expect(p14?.group).toBe('rejected');
    // top-6 mentions vs ER: proposals named more often rank better
    const mentions = new Map<string, number>();
    for (const list of aibs.topSix) for (const id of list) mentions.set(id, (mentions.get(id) ?? 0) + 1);
    const mentioned = t.applications.filter((a) => mentions.has(a.application));
    expect(
      spearman(
        mentioned.map((a) => a.er),
        mentioned.map((a) => mentions.get(a.application) ?? 0),
      ),
    ).toBeLessThan(-0.7);
  });

  it('respects direction: lower-is-better on x equals higher-is-better on −x, bit for bit', () => {
    const negated = aibs.rows.map((r) => ({ ...r, score: r.score === null ? null : -r.score }));
    const a = fitBayes(aibs.rows, 'lower-is-better', { seed: 'dir', iterations: 400, burnIn: 200 });
    const b = fitBayes(negated, 'higher-is-better', { seed: 'dir', iterations: 400, burnIn: 200 });
    expect([...b.thetaDraws]).toEqual([...a.thetaDraws]);
    // and reading the scale the wrong way round reverses the ranking
    const wrong = rankApplications({ rows: aibs.rows, direction: 'higher-is-better', method: 'mean' });
    expect(wrong.applications[0]?.application).toBe('P14');
    const right = rankApplications({ rows: aibs.rows, direction: 'lower-is-better', method: 'mean' });
    expect(right.applications[0]?.application).toBe('P17');
  });

  it('point methods handle the missing cells too', () => {
    const z = rankApplications({
      rows: aibs.rows,
      direction: 'lower-is-better',
      method: 'zscore',
      minReviewsForZ: 3,
    });
    expect(z.applications).toHaveLength(28);
    // R12 scored one proposal: below the minimum, flagged
    expect(
      z.notices
        .filter((n) => n.code === 'ranking.warnings.uncalibratedReviewer')
        .map((n) => n.params['reviewer']),
    ).toEqual(['R12']);
    expect(new Set(z.applications.slice(0, 3).map((a) => a.application))).toEqual(
      new Set(['P17', 'P19', 'P25']),
    );
  });
});
