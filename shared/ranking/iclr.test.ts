/**
 * ICLR 2021 ratings at scale: 2,966 submissions, 11,452 ratings (1–10, higher is better) and the
 * decisions. Rating columns are slots, not reviewer identities, so each rating is its own reviewer.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rankApplications } from './rank-table';
import { spearman } from './stats';
import { parseIclrTsv } from '../../test/support/ranking/external-data';

const TSV = fileURLToPath(
  new URL('../../test/fixtures/external/iclr2021-ratings/ratings.tsv', import.meta.url),
);
const iclr = parseIclrTsv(readFileSync(TSV, 'utf8'));

describe('ICLR 2021 at scale', () => {
  it('reads 2,966 submissions and 11,452 ratings', () => {
    expect(iclr.decision.size).toBe(2966);
    expect(iclr.rows).toHaveLength(11452);
  });

  it('Bayesian ER with default settings correlates with the mean rating (Spearman > 0.9) and with decisions', () => {
    const t0 = performance.now();
    const t = rankApplications({
      rows: iclr.rows,
      direction: 'higher-is-better',
      method: 'bayes',
      seed: 'iclr-2021',
    });
    const ms = performance.now() - t0;
    console.log(
      `ICLR 2021: ${t.n} submissions, ${iclr.rows.length} ratings, ${ms.toFixed(0)} ms, R-hat max ${t.rhatMax?.toFixed(4)}`,
    );
    // one submission (9vCLOXwprc) has no rating at all, so it has no row and is not ranked
    expect(t.n).toBe(2965);
    expect(t.applications.some((a) => a.application === '9vCLOXwprc')).toBe(false);
    expect(iclr.decision.has('9vCLOXwprc')).toBe(true);
    // rating slots are not reviewer identities: nobody is seen twice, so no leniency term
    expect(t.notices.map((n) => n.code)).toContain('ranking.warnings.noReviewerOverlap');
    expect(t.rhatMax as number).toBeLessThan(1.05);
    const rho = spearman(
      t.applications.map((a) => a.er),
      t.applications.map((a) => a.mean),
    );
    expect(rho).toBeLessThan(-0.9);
    // accepted papers rank better than rejected ones on average
    const meanEr = (pred: (d: string) => boolean): number => {
      const xs = t.applications.filter((a) => pred(iclr.decision.get(a.application) ?? '')).map((a) => a.er);
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    expect(meanEr((d) => d.startsWith('Accept'))).toBeLessThan(0.5 * meanEr((d) => d === 'Reject'));
    const sumEr = t.applications.reduce((s, a) => s + a.er, 0);
    expect(sumEr).toBeCloseTo((2965 * 2966) / 2, 3);
  });
});
