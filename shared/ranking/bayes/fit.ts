/**
 * Fit the ERforResearch-style model with several seeded Gibbs chains and summarise it.
 *
 * Determinism: chain c runs on the stream deriveSeed(seed, 'chain', c); chains run one after the
 * other and are combined in chain order, so the same rows (in any order) and the same seed give
 * bit-identical output.
 */
import { AppError } from '../../errors';
import { deriveSeed, seedText, type Seed } from '../../random';
import { directionSign } from '../direction';
import type { Direction, Interval, ScoreRow } from '../types';
import { buildDesign, type Design } from './design';
import { monitoredCount, runChain, type ChainOutput } from './gibbs';
import { columnInterval, rankSummaries, type RankSummary } from './rank-draws';
import { RHAT_WARN, rhatFromHalves } from './rhat';

export const BAYES_DEFAULTS = {
  chains: 4,
  iterations: 2000,
  burnIn: 1000,
  keepDraws: 1000,
} as const;

export interface BayesOptions {
  seed: Seed;
  chains?: number;
  /** Post-burn-in sweeps per chain. */
  iterations?: number;
  burnIn?: number;
  /** Total draws (over all chains) stored for rank statistics and intervals. */
  keepDraws?: number;
  /** Half-Cauchy scale for τ, s and σ; default the SD of all scores. */
  priorScale?: number;
  /**
   * Called with the fraction of sweeps done (every PROGRESS_EVERY sweeps and at the end).
   * Throwing from it cancels the fit: the error propagates and no result is produced.
   */
  onProgress?: (fraction: number) => void;
}

export interface BayesApplication {
  application: string;
  n: number;
  /** Raw mean score (input scale). */
  mean: number;
  /** Posterior mean of θ on the oriented scale (larger = better). */
  theta: number;
  thetaCri90: Interval;
  /** Calibrated score on the input scale: μ + θ̂ turned back to the input's direction. */
  estimate: number;
}

export interface BayesReviewer {
  reviewer: string;
  n: number;
  /** Posterior mean of ν on the oriented scale: positive = more generous than the panel. */
  leniency: number;
  leniencyCri90: Interval;
}

export interface BayesFit {
  design: Design;
  seed: string;
  chains: number;
  iterations: number;
  burnIn: number;
  priorScale: number;
  applications: BayesApplication[];
  reviewers: BayesReviewer[];
  /** Posterior means of the SDs: application effects τ, reviewer leniency s, residual σ. */
  hyper: { tau: number; s: number; sigma: number };
  rhatMax: number;
  rhatParameter: string;
  /** True when rhatMax > 1.05. */
  rhatWarning: boolean;
  /** False when no reviewer scored two applications: leniency was not modelled (ν ≡ 0). */
  reviewerTerm: boolean;
  /** Stored θ draws (nDraws × nApps, row-major), chains concatenated in order. */
  thetaDraws: Float64Array;
  nDraws: number;
}

function intOption(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('ranking.errors.invalidOption', { option: name, value: String(value) });
  }
  return value;
}

export function fitBayes(rows: readonly ScoreRow[], direction: Direction, options: BayesOptions): BayesFit {
  const chains = intOption('chains', options.chains ?? BAYES_DEFAULTS.chains, 1, 64);
  const iterations = intOption('iterations', options.iterations ?? BAYES_DEFAULTS.iterations, 4, 10_000_000);
  const burnIn = intOption('burnIn', options.burnIn ?? BAYES_DEFAULTS.burnIn, 0, 10_000_000);
  const keepDraws = intOption('keepDraws', options.keepDraws ?? BAYES_DEFAULTS.keepDraws, chains, 1_000_000);
  const seed = seedText(options.seed);

  const design = buildDesign(rows, direction);
  if (design.nApps === 0) throw new AppError('ranking.errors.noScores', {});
  const priorScale = options.priorScale ?? design.scale;
  if (!(priorScale > 0) || !Number.isFinite(priorScale)) {
    throw new AppError('ranking.errors.invalidOption', { option: 'priorScale', value: String(priorScale) });
  }

  const keepPerChain = Math.ceil(keepDraws / chains);
  const outputs: ChainOutput[] = [];
  const perChain = burnIn + iterations;
  const report = options.onProgress;
  for (let c = 0; c < chains; c++) {
    const progress =
      report === undefined
        ? undefined
        : (sweeps: number) => report((c * perChain + sweeps) / (chains * perChain));
    outputs.push(
      runChain(
        design,
        deriveSeed(seed, 'chain', c),
        { iterations, burnIn, keepPerChain, priorScale },
        progress,
      ),
    );
  }
  report?.(1);
  return summarise(design, outputs, { seed, chains, iterations, burnIn, priorScale });
}

function summarise(
  design: Design,
  outputs: readonly ChainOutput[],
  s: { seed: string; chains: number; iterations: number; burnIn: number; priorScale: number },
): BayesFit {
  const I = design.nApps;
  const J = design.nRevs;
  let nDraws = 0;
  for (const o of outputs) nDraws += o.kept;
  const thetaDraws = new Float64Array(nDraws * I);
  const nuDraws = new Float64Array(nDraws * J);
  let row = 0;
  for (const o of outputs) {
    thetaDraws.set(o.thetaDraws.subarray(0, o.kept * I), row * I);
    nuDraws.set(o.nuDraws.subarray(0, o.kept * J), row * J);
    row += o.kept;
  }
  const totalDraws = outputs.reduce((t, o) => t + o.draws, 0);
  const sumOf = (pick: (o: ChainOutput) => Float64Array, k: number): number =>
    outputs.reduce((t, o) => t + (pick(o)[k] as number), 0) / totalDraws;

  const sign = directionSign(design.direction);
  const applications: BayesApplication[] = design.applications.map((application, i) => {
    const theta = sumOf((o) => o.sumTheta, i);
    return {
      application,
      n: design.appN[i] as number,
      mean: design.appMean[i] as number,
      theta,
      thetaCri90: columnInterval(thetaDraws, nDraws, I, i, 0.9),
      estimate: sign * (design.mu + theta),
    };
  });
  const reviewers: BayesReviewer[] = design.reviewers.map((reviewer, j) => ({
    reviewer,
    n: design.revN[j] as number,
    leniency: sumOf((o) => o.sumNu, j),
    leniencyCri90: design.reviewerTerm ? columnInterval(nuDraws, nDraws, J, j, 0.9) : [0, 0],
  }));

  const halves = outputs.map((o) => o.halves);
  let rhatMax = 1;
  let rhatParameter = '';
  const P = monitoredCount(design);
  for (let k = 0; k < P; k++) {
    const r = rhatFromHalves(halves, k);
    if (!(r <= rhatMax)) {
      // NaN (too few draws) also lands here and is reported rather than hidden.
      rhatMax = r;
      rhatParameter = parameterName(design, k);
    }
  }

  return {
    design,
    ...s,
    applications,
    reviewers,
    hyper: {
      tau: sumOf((o) => o.sumHyper, 0),
      s: sumOf((o) => o.sumHyper, 1),
      sigma: sumOf((o) => o.sumHyper, 2),
    },
    rhatMax,
    rhatParameter,
    rhatWarning: !(rhatMax <= RHAT_WARN),
    reviewerTerm: design.reviewerTerm,
    thetaDraws,
    nDraws,
  };
}

function parameterName(design: Design, k: number): string {
  const I = design.nApps;
  const J = design.nRevs;
  if (k < I) return `theta[${design.applications[k] ?? k}]`;
  if (k < I + J) return `nu[${design.reviewers[k - I] ?? k - I}]`;
  return ['tau', 's', 'sigma'][k - I - J] ?? `param[${k}]`;
}

/**
 * ER, PCER-ready expected ranks and rank intervals among a pool of applications (all fitted ones
 * by default; a challenge or the eligible subset otherwise). Unknown ids are ignored.
 */
export function rankAmong(fit: BayesFit, ids?: readonly string[]): Map<string, RankSummary> {
  const index = new Map(fit.design.applications.map((a, i) => [a, i]));
  const pool = (ids ?? fit.design.applications).filter((id) => index.has(id));
  const unique = [...new Set(pool)].sort();
  const members = unique.map((id) => index.get(id) as number);
  const summaries = rankSummaries(fit.thetaDraws, fit.nDraws, fit.design.nApps, members);
  return new Map(unique.map((id, k) => [id, summaries[k] as RankSummary]));
}
