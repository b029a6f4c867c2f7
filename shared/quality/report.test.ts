import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rankApplications } from '../ranking/rank-table';
import { parseSnsfCsv } from '../../test/support/ranking/external-data';
import type { ScoreRow } from '../ranking/types';
import { qualityReport } from './report';

const csv = fileURLToPath(
  new URL('../../test/fixtures/external/snsf-erforresearch/mock_data_all_panels.csv', import.meta.url),
);
const all = parseSnsfCsv(readFileSync(csv, 'utf8'));
const panel = (p: string): ScoreRow[] =>
  all
    .filter((r) => r.panel === p)
    .map(({ application, reviewer, score }) => ({ application, reviewer, score }));
const total = (xs: readonly (number | null)[]) => xs.reduce<number>((t, x) => t + (x ?? 0), 0);

describe('qualityReport', () => {
  it('SNSF p1, Bayes, k = 5: shares sum to k, follow the expected ranks, seed reproduces', () => {
    const input = {
      rows: panel('p1'),
      direction: 'higher-is-better',
      method: 'bayes',
      seed: 'q',
      fundable: 5,
    } as const;
    const report = qualityReport(input);
    expect(report.fundableCount).toBe(5);
    expect(total(report.applications.map((a) => a.fundedShare))).toBeCloseTo(5, 9);
    expect(report.alpha.interval).toBeCloseTo(0.008841382950646626, 10);
    expect(report.reviewersFor['0.7']).toBe(248); // ⌈0.7(1 − 0.00934)/(0.00934 · 0.3)⌉
    // The best by ER is funded more often than the worst by ER.
    const table = rankApplications(input);
    const share = new Map(report.applications.map((a) => [a.application, a.fundedShare as number]));
    const best = table.applications[0]?.application as string;
    const worst = table.applications[table.applications.length - 1]?.application as string;
    expect(share.get(best)).toBeGreaterThan(0.5);
    expect(share.get(worst)).toBeLessThan(0.05);
    expect(report.applications.find((a) => a.application === worst)?.stability).toBe('never');
    // Leniency is the model's ν with its interval.
    for (const r of report.reviewers) {
      const lo = r.leniencyCri90?.[0] as number;
      const hi = r.leniencyCri90?.[1] as number;
      expect(lo <= (r.leniency as number) && (r.leniency as number) <= hi).toBe(true);
    }
    expect(qualityReport(input)).toEqual(report);
  });

  it('point methods bootstrap the reviews; shares still sum to k and differ by seed', () => {
    for (const method of ['mean', 'zscore'] as const) {
      const input = {
        rows: panel('p2'),
        direction: 'higher-is-better',
        method,
        seed: 's',
        fundable: 4,
      } as const;
      const a = qualityReport(input);
      expect(total(a.applications.map((x) => x.fundedShare))).toBeCloseTo(4, 9);
      expect(a.reviewers.every((r) => r.leniencyCri90 === null)).toBe(true);
      expect(qualityReport({ ...input, seed: 't' }).applications).not.toEqual(a.applications);
    }
  });

  it('derives k from an envelope the way the funding line does', () => {
    const rows = panel('p2');
    const awards = Object.fromEntries([...new Set(rows.map((r) => r.application))].map((id) => [id, 100]));
    const input = {
      rows,
      direction: 'higher-is-better',
      method: 'mean',
      seed: 's',
      envelope: 350,
      awards,
    } as const;
    const report = qualityReport(input);
    expect(report.fundableCount).toBe(rankApplications(input).fundableCount);
    expect(report.fundableCount).toBe(3);
    expect(total(report.applications.map((x) => x.fundedShare))).toBeCloseTo(3, 9);
  });

  it('challenge calls: reliability and k per challenge, shares sum to each challenge’s k', () => {
    const rows = [...panel('p1'), ...panel('p2')];
    const of = Object.fromEntries(
      rows.map((r) => [
        r.application,
        panel('p1').some((x) => x.application === r.application) ? 'c1' : 'c2',
      ]),
    );
    const report = qualityReport({
      rows,
      direction: 'higher-is-better',
      method: 'mean',
      seed: 's',
      groups: { of, fundable: { c1: 2, c2: 4 } },
    });
    expect(report.fundableCount).toBe(6);
    const byPool = (g: string) => report.applications.filter((a) => a.challenge === g);
    expect(total(byPool('c1').map((a) => a.fundedShare))).toBeCloseTo(2, 9);
    expect(total(byPool('c2').map((a) => a.fundedShare))).toBeCloseTo(4, 9);
    expect(report.pools.map((p) => [p.challenge, p.applications])).toEqual([
      ['c1', 15],
      ['c2', 15],
    ]);
    expect(report.pools[0]?.alpha.interval).toBeCloseTo(0.008841382950646626, 10);
    expect(report.pools[1]?.alpha.interval).toBeCloseTo(0.8823746857903297, 10);
  });

  it('without a fundable count there is no share; excluded applications get none either', () => {
    const rows = panel('p3');
    const plain = qualityReport({ rows, direction: 'higher-is-better', method: 'mean', seed: 's' });
    expect(plain.fundableCount).toBeNull();
    expect(plain.applications.every((a) => a.fundedShare === null && a.stability === null)).toBe(true);
    const excluded = qualityReport({
      rows,
      direction: 'higher-is-better',
      method: 'mean',
      seed: 's',
      fundable: 3,
      excluded: ['#31'],
    });
    expect(excluded.applications.find((a) => a.application === '#31')?.fundedShare).toBeNull();
    expect(excluded.alpha).toEqual(plain.alpha); // reliability still counts its scores
  });

  it('flags as discordant exactly the applications whose SD exceeds 1.5 × the pooled within SD', () => {
    const rows: ScoreRow[] = [];
    const scores: Record<string, number[]> = {
      a: [5, 5, 6],
      b: [4, 4, 5],
      c: [2, 3, 2],
      d: [1, 6, 3],
      e: [6, 6, 6],
    };
    for (const [application, values] of Object.entries(scores)) {
      values.forEach((score, j) => rows.push({ application, reviewer: `r${j}`, score }));
    }
    rows.push({ application: 'e', reviewer: 'r3', score: null }); // a conflict: absent, not zero
    const report = qualityReport({ rows, direction: 'higher-is-better', method: 'mean', seed: 's' });
    const within = report.withinSd as number;
    for (const a of report.applications) {
      expect(a.discordant).toBe((a.spread as number) > 1.5 * within);
    }
    expect(report.applications.filter((a) => a.discordant).map((a) => a.application)).toEqual(['d']);
    expect(report.applications.find((a) => a.application === 'e')?.n).toBe(3);
  });

  it('reviewer agreement correlates with the other reviewers’ means; leniency is the z-offset', () => {
    // r1 and r3 agree, r0 follows them 1 point higher, r2 scores against them.
    const rows: ScoreRow[] = [];
    const others = [2, 4, 6, 8];
    others.forEach((m, i) => {
      rows.push({ application: `a${i}`, reviewer: 'r0', score: m + 1 });
      rows.push({ application: `a${i}`, reviewer: 'r1', score: m });
      rows.push({ application: `a${i}`, reviewer: 'r2', score: 10 - m });
      rows.push({ application: `a${i}`, reviewer: 'r3', score: m });
    });
    const report = qualityReport({ rows, direction: 'higher-is-better', method: 'mean', seed: 's' });
    const r0 = report.reviewers.find((r) => r.reviewer === 'r0');
    const r2 = report.reviewers.find((r) => r.reviewer === 'r2');
    expect(r0?.agreement as number).toBeGreaterThan(0.9);
    expect(r2?.agreement as number).toBeLessThan(0);
    expect(r0?.leniency as number).toBeGreaterThan(0);
    expect(r0?.n).toBe(4);
  });
});
