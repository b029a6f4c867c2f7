/**
 * Simulated panel with known truth: does the sampler recover θ and ν with honest intervals?
 * 200 applications × 5 reviewers from a pool of 40 (balanced: each reviewer scores 25),
 * θ ~ N(0, 1), ν ~ N(0, 0.6²), e ~ N(0, 0.8²), μ = 4; θ and ν are centred so that μ is the mean
 * of the application means, as the model assumes.
 */
import { describe, expect, it } from 'vitest';
import { Random } from '../../random';
import { pearson } from '../stats';
import type { ScoreRow } from '../types';
import { fitBayes } from './fit';

function centred(rng: Random, n: number, sd: number): number[] {
  const xs = Array.from({ length: n }, () => sd * rng.normal());
  const m = xs.reduce((s, x) => s + x, 0) / n;
  return xs.map((x) => x - m);
}

function simulate(seed: string): { rows: ScoreRow[]; theta: number[]; nu: number[] } {
  const rng = new Random(seed);
  const I = 200;
  const J = 40;
  const theta = centred(rng, I, 1);
  const nu = centred(rng, J, 0.6);
  const rows: ScoreRow[] = [];
  for (let i = 0; i < I; i++) {
    for (let k = 0; k < 5; k++) {
      const j = (5 * i + k) % J;
      const y = 4 + (theta[i] as number) + (nu[j] as number) + 0.8 * rng.normal();
      rows.push({
        application: `a${String(i).padStart(3, '0')}`,
        reviewer: `r${String(j).padStart(2, '0')}`,
        score: y,
      });
    }
  }
  return { rows, theta, nu };
}

describe('recovery of known effects', () => {
  it.each(['sim-1', 'sim-2'])(
    '%s: 90 % intervals of θ cover the truth about 90 % of the time; leniency is recovered',
    (seed) => {
      const { rows, theta, nu } = simulate(seed);
      const fit = fitBayes(rows, 'higher-is-better', { seed: `fit-${seed}` });
      expect(fit.rhatMax).toBeLessThan(1.05);
      let covered = 0;
      fit.applications.forEach((a) => {
        const truth = theta[Number(a.application.slice(1))] as number;
        if (a.thetaCri90[0] <= truth && truth <= a.thetaCri90[1]) covered++;
      });
      const coverage = covered / fit.applications.length;
      const r = pearson(
        fit.reviewers.map((x) => x.leniency),
        fit.reviewers.map((x) => nu[Number(x.reviewer.slice(1))] as number),
      );
      console.log(
        `${seed}: θ 90 % coverage ${(100 * coverage).toFixed(1)} %, leniency r ${r.toFixed(3)}, ` +
          `τ ${fit.hyper.tau.toFixed(2)}, s ${fit.hyper.s.toFixed(2)}, σ ${fit.hyper.sigma.toFixed(2)}`,
      );
      expect(coverage).toBeGreaterThanOrEqual(0.8);
      expect(coverage).toBeLessThanOrEqual(0.97);

      const est = fit.reviewers.map((r) => r.leniency);
      const truthNu = fit.reviewers.map((r) => nu[Number(r.reviewer.slice(1))] as number);
      expect(pearson(est, truthNu)).toBeGreaterThan(0.8);
      let nuCovered = 0;
      fit.reviewers.forEach((r, k) => {
        const t = truthNu[k] as number;
        if (r.leniencyCri90[0] <= t && t <= r.leniencyCri90[1]) nuCovered++;
      });
      expect(nuCovered / fit.reviewers.length).toBeGreaterThanOrEqual(0.75);

      // variance components near the truth (1, 0.6, 0.8)
      expect(fit.hyper.tau).toBeGreaterThan(0.8);
      expect(fit.hyper.tau).toBeLessThan(1.25);
      expect(fit.hyper.s).toBeGreaterThan(0.4);
      expect(fit.hyper.s).toBeLessThan(0.9);
      expect(fit.hyper.sigma).toBeGreaterThan(0.7);
      expect(fit.hyper.sigma).toBeLessThan(0.92);
    },
  );

  it('missing cells: dropping 20 % of scores keeps estimates honest (no zero imputation)', () => {
    const { rows, theta } = simulate('sim-missing');
    const rng = new Random('drop');
    const holed = rows.map((r) => (rng.uniform() < 0.2 ? { ...r, score: null } : r));
    const fit = fitBayes(holed, 'higher-is-better', { seed: 'fit-missing' });
    const est = fit.applications.map((a) => a.theta);
    const truth = fit.applications.map((a) => theta[Number(a.application.slice(1))] as number);
    expect(pearson(est, truth)).toBeGreaterThan(0.85);
    // imputing zeros would drag holed applications far down; their θ̂ stays unbiased on average
    const bias = est.reduce((s, x, k) => s + (x - (truth[k] as number)), 0) / est.length;
    expect(Math.abs(bias)).toBeLessThan(0.15);
  });
});
