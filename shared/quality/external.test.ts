/**
 * Reliability on real review data (test/fixtures/external): SNSF ERforResearch mock panels
 * (3 × 15 proposals × 5 assessors, grades A..D as num_grade 1–6) and ICLR 2021 (2,966 papers,
 * 1–10 ratings, 3–6 each). Reference values were computed once with python3 + numpy by a separate
 * implementation: a dense V × V coincidence matrix built pair by pair (itertools.permutations per
 * unit) with α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, the ordinal δ² taken literally as
 * (Σ_{g=c..k} n_g − (n_c + n_k)/2)², and ICC(1) from a direct one-way ANOVA with
 * n0 = (N − Σ n_i²/N)/(a − 1).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseIclrTsv, parseSnsfCsv } from '../../test/support/ranking/external-data';
import { krippendorffAlpha } from './alpha';
import { icc1, oneWayAnova } from './icc';
import { unitsOf } from './units';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../test/fixtures/external/${name}`, import.meta.url)), 'utf8');

const snsf = parseSnsfCsv(fixture('snsf-erforresearch/mock_data_all_panels.csv'));
const iclr = parseIclrTsv(fixture('iclr2021-ratings/ratings.tsv')).rows;

const PYTHON: Record<string, { interval: number; ordinal: number; icc1: number; withinSd: number }> = {
  p1: {
    interval: 0.008841382950646626,
    ordinal: 0.010193495670835828,
    icc1: 0.009341885108756234,
    withinSd: 1.6451950239004087,
  },
  p2: {
    interval: 0.8823746857903297,
    ordinal: 0.8935141754344716,
    icc1: 0.8880208333333333,
    withinSd: 0.5354126134736337,
  },
  p3: {
    interval: 0.33681660899653976,
    ordinal: 0.3222648771292591,
    icc1: 0.3493396497272466,
    withinSd: 1.3140268896284684,
  },
  iclr: {
    interval: 0.3632191101806277,
    ordinal: 0.373532358649984,
    icc1: 0.3619063993600558,
    withinSd: 1.138912238564894,
  },
};

/** Interval alpha by the pairwise-difference form over all pairable values (independent of alpha.ts). */
function pairwiseIntervalAlpha(units: readonly (readonly number[])[]): number {
  const pairable = units.filter((u) => u.length >= 2);
  const all = Float64Array.from(pairable.flat());
  const n = all.length;
  let within = 0;
  for (const u of pairable) {
    let s = 0;
    for (const x of u) for (const y of u) s += (x - y) ** 2;
    within += s / (u.length - 1);
  }
  let between = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) between += ((all[i] as number) - (all[j] as number)) ** 2;
  return 1 - within / n / (between / (n * (n - 1)));
}

const cases: [string, () => number[][]][] = [
  ...['p1', 'p2', 'p3'].map((p): [string, () => number[][]] => [
    p,
    () =>
      unitsOf(
        snsf.filter((r) => r.panel === p),
        'higher-is-better',
      ).map((u) => u.values),
  ]),
  ['iclr', () => unitsOf(iclr, 'higher-is-better').map((u) => u.values)],
];

describe('reliability on SNSF and ICLR data against independent implementations', () => {
  for (const [name, unitsFor] of cases) {
    it(`${name}: alpha (interval, ordinal) and ICC(1)`, () => {
      const units = unitsFor();
      const ref = PYTHON[name] as (typeof PYTHON)[string];
      expect(krippendorffAlpha(units, 'interval')).toBeCloseTo(ref.interval, 10);
      expect(krippendorffAlpha(units, 'interval')).toBeCloseTo(pairwiseIntervalAlpha(units), 10);
      expect(krippendorffAlpha(units, 'ordinal')).toBeCloseTo(ref.ordinal, 10);
      const anova = oneWayAnova(units);
      expect(icc1(anova)).toBeCloseTo(ref.icc1, 10);
      expect(Math.sqrt(anova?.msw ?? Number.NaN)).toBeCloseTo(ref.withinSd, 10);
    });
  }

  it('does not depend on the direction of the scale', () => {
    const rows = snsf.filter((r) => r.panel === 'p3');
    const flipped = rows.map((r) => ({ ...r, score: 7 - (r.score as number) }));
    const a = krippendorffAlpha(
      unitsOf(rows, 'higher-is-better').map((u) => u.values),
      'ordinal',
    );
    const b = krippendorffAlpha(
      unitsOf(flipped, 'lower-is-better').map((u) => u.values),
      'ordinal',
    );
    expect(b).toBeCloseTo(a as number, 12);
  });
});
