/**
 * qualityReport: the review-quality figures of one call (docs/quality.md). Its JSON is what
 * `peerdesk quality --json` prints (after dropping the fields marked "detail").
 *
 * Invariants:
 * - Reliability (alpha, ICC, discordance, reviewer figures) uses every submitted score, excluded
 *   applications included: their scores still say how reliable the reviewing was.
 * - fundedShare is within the application's pool (the call, or its challenge) and its fundable
 *   count k, derived exactly as the funding line does (shared/ranking/funding-line.ts); excluded
 *   applications have none. Without `fundable` or `envelope` there is no k and no share.
 * - Same rows (any order) + same seed → identical report. Streams: the Bayesian fit uses the
 *   seed itself (as `peerdesk rank` does), bootstraps use named sub-streams of it.
 */
import { AppError } from '../errors';
import { deriveSeed, seedText, type Seed } from '../random';
import { aggregateScores } from '../ranking/aggregate';
import { fitBayes, rankAmong, type BayesFit } from '../ranking/bayes';
import { drawFundingLine, type FundingCandidate } from '../ranking/funding-line';
import { sampleSd } from '../ranking/stats';
import { defaultTieBreak, parseTieBreak, type TieBreakValues } from '../ranking/tie-break';
import type { Direction, Interval, RankMethod, ScoreRow } from '../ranking/types';
import { DEFAULT_MIN_REVIEWS_FOR_Z, zScores } from '../ranking/zscore';
import { orient } from '../ranking/direction';
import { alphaFrom, coincidences } from './alpha';
import { alphaBootstrap, DEFAULT_REPLICATES } from './alpha-bootstrap';
import { DISCORDANT_FACTOR, isDiscordant } from './discordance';
import { icc1, oneWayAnova, reviewersFor } from './icc';
import { reviewerFigures } from './reviewers';
import { bootstrapMeans } from './score-bootstrap';
import { fundedShares, stabilityOf, type Stability } from './stability';
import { unitsOf, type Unit } from './units';

export interface QualityInput {
  rows: readonly ScoreRow[];
  direction: Direction;
  method: RankMethod;
  seed: Seed;
  fundable?: number;
  envelope?: number;
  /** Award per application, needed with an envelope (as for the funding line). */
  awards?: Readonly<Record<string, number>>;
  /** Challenge calls: application → challenge, and fundable per challenge (or one for all). */
  groups?: { of: Readonly<Record<string, string>>; fundable?: number | Readonly<Record<string, number>> };
  excluded?: readonly string[];
  chains?: number;
  iterations?: number;
  burnIn?: number;
  minReviewsForZ?: number;
  /** Bootstrap replicates (alpha interval; point-method stability). Default 1000. */
  replicates?: number;
  onProgress?: (fraction: number) => void;
}

export interface Reliability {
  alpha: { interval: number | null; ordinal: number | null; ci90: Interval | null };
  icc1: number | null;
  reviewersFor: { '0.7': number | null; '0.8': number | null };
}

export interface QualityApplication {
  application: string;
  challenge: string | null;
  n: number;
  /** Sample SD of the application's scores (null for n < 2). */
  spread: number | null;
  discordant: boolean;
  fundedShare: number | null;
  stability: Stability | null;
}

export interface QualityReviewer {
  reviewer: string;
  n: number;
  /** Bayes: posterior mean ν (score points); point methods: mean z-offset (call SDs). */
  leniency: number | null;
  /** Bayes only (detail). */
  leniencyCri90: Interval | null;
  agreement: number | null;
}

export interface QualityReport extends Reliability {
  method: RankMethod;
  seed: string;
  /** Pooled within-application SD √MSW, the yardstick for discordance (detail). */
  withinSd: number | null;
  discordantFactor: number;
  /** k per pool summed; null without fundable or envelope (detail). */
  fundableCount: number | null;
  /** Per challenge (detail); empty for an ordinary call. */
  pools: (Reliability & { challenge: string; applications: number })[];
  applications: QualityApplication[];
  reviewers: QualityReviewer[];
}

function reliability(units: readonly Unit[], seed: Seed, replicates: number): Reliability {
  const values = units.map((u) => u.values);
  const c = coincidences(values);
  const icc = icc1(oneWayAnova(values));
  return {
    alpha: {
      interval: alphaFrom(c, 'interval'),
      ordinal: alphaFrom(c, 'ordinal'),
      ci90: alphaBootstrap(values, seed, replicates),
    },
    icc1: icc,
    reviewersFor: { '0.7': reviewersFor(icc, 0.7), '0.8': reviewersFor(icc, 0.8) },
  };
}

function pick(v: number | Readonly<Record<string, number>> | undefined, g: string): number | undefined {
  return typeof v === 'number' ? v : v?.[g];
}

export function qualityReport(input: QualityInput): QualityReport {
  const { rows, direction, method } = input;
  if (method !== 'mean' && method !== 'zscore' && method !== 'bayes') {
    throw new AppError('ranking.errors.invalidOption', { option: 'method', value: String(method) });
  }
  const replicates = input.replicates ?? DEFAULT_REPLICATES;
  if (!Number.isInteger(replicates) || replicates < 1) {
    throw new AppError('ranking.errors.invalidOption', { option: 'replicates', value: String(replicates) });
  }
  const seed = seedText(input.seed);
  const units = unitsOf(rows, direction);
  const scored = units.filter((u) => u.values.length > 0);
  if (scored.length === 0) throw new AppError('ranking.errors.noScores', {});
  const anova = oneWayAnova(units.map((u) => u.values));
  const withinSd = anova === null ? null : Math.sqrt(anova.msw);
  const overall = reliability(units, seed, replicates);

  const groupOf = (id: string): string | null =>
    input.groups === undefined ? null : (input.groups.of[id] ?? null);
  const excluded = new Set(input.excluded ?? []);
  const pools = new Map<string | null, string[]>();
  for (const u of scored) {
    if (excluded.has(u.application)) continue;
    const g = groupOf(u.application);
    if (input.groups !== undefined && g === null) {
      throw new AppError('ranking.errors.missingGroup', { application: u.application });
    }
    const pool = pools.get(g) ?? [];
    pool.push(u.application);
    pools.set(g, pool);
  }
  const poolKeys = [...pools.keys()].sort((a, b) =>
    (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0,
  );
  const poolReliability = poolKeys
    .filter((g): g is string => g !== null)
    .map((g) => {
      const members = new Set(pools.get(g));
      const poolUnits = units.filter((u) => members.has(u.application));
      return {
        challenge: g,
        applications: poolUnits.length,
        ...reliability(poolUnits, deriveSeed(seed, 'challenge', g), replicates),
      };
    });

  // Method scores and the worlds for fundedShare.
  const means = new Map(aggregateScores(rows).map((a) => [a.application, a.mean]));
  let fit: BayesFit | null = null;
  let draws: { matrix: Float64Array; n: number; width: number; column: Map<string, number> };
  const zOf = new Map<string, number | null>();
  if (method === 'bayes') {
    fit = fitBayes(rows, direction, {
      seed,
      ...(input.chains !== undefined ? { chains: input.chains } : {}),
      ...(input.iterations !== undefined ? { iterations: input.iterations } : {}),
      ...(input.burnIn !== undefined ? { burnIn: input.burnIn } : {}),
      ...(input.onProgress !== undefined ? { onProgress: input.onProgress } : {}),
    });
    draws = {
      matrix: fit.thetaDraws,
      n: fit.nDraws,
      width: fit.design.nApps,
      column: new Map(fit.design.applications.map((a, i) => [a, i])),
    };
  } else {
    let valuesOf = (u: Unit): number[] => u.values;
    if (method === 'zscore') {
      const z = zScores(rows, input.minReviewsForZ ?? DEFAULT_MIN_REVIEWS_FOR_Z);
      for (const a of z.applications) zOf.set(a.application, a.meanZ);
      const byApp = new Map<string, number[]>();
      for (const e of z.entries) {
        const values = byApp.get(e.application) ?? [];
        values.push(orient(e.z, direction));
        byApp.set(e.application, values);
      }
      valuesOf = (u) => byApp.get(u.application) ?? [];
    }
    draws = {
      matrix: bootstrapMeans(scored.map(valuesOf), seed, replicates),
      n: replicates,
      width: scored.length,
      column: new Map(scored.map((u, i) => [u.application, i])),
    };
  }

  // k per pool, as the funding line derives it; then the shares.
  const rules = parseTieBreak(defaultTieBreak(method), direction);
  const share = new Map<string, number>();
  let fundableCount: number | null = null;
  for (const g of poolKeys) {
    const ids = pools.get(g) as string[];
    const fundable = g === null ? input.fundable : (pick(input.groups?.fundable, g) ?? input.fundable);
    const envelope = input.envelope;
    if (fundable === undefined && envelope === undefined) continue;
    const ranks = fit !== null ? rankAmong(fit, ids) : null;
    const candidates: FundingCandidate[] = ids.map((id) => {
      const keys: TieBreakValues =
        method === 'zscore'
          ? { mean: means.get(id) ?? null, zscore: zOf.get(id) ?? null }
          : { mean: means.get(id) ?? null };
      const r = ranks?.get(id);
      const award = input.awards?.[id];
      return {
        id,
        keys,
        ...(r !== undefined ? { er: r.er, cri50: r.cri50 } : {}),
        ...(award !== undefined ? { award } : {}),
      };
    });
    const k = drawFundingLine(candidates, {
      ...(fundable !== undefined ? { fundable } : {}),
      ...(envelope !== undefined ? { envelope } : {}),
      tieBreak: rules,
    }).fundableCount;
    fundableCount = (fundableCount ?? 0) + k;
    const shares = fundedShares(
      draws.matrix,
      draws.n,
      draws.width,
      ids.map((id) => draws.column.get(id) as number),
      k,
    );
    ids.forEach((id, i) => share.set(id, shares[i] as number));
  }

  const applications: QualityApplication[] = units.map((u) => {
    const spread = sampleSd(u.values);
    const s = share.get(u.application);
    return {
      application: u.application,
      challenge: groupOf(u.application),
      n: u.values.length,
      spread,
      discordant: isDiscordant(spread, withinSd),
      fundedShare: s ?? null,
      stability: s === undefined ? null : stabilityOf(s),
    };
  });

  const callSd = sampleSd(scored.flatMap((u) => u.values));
  const bayesReviewer = new Map(fit?.reviewers.map((r) => [r.reviewer, r]) ?? []);
  const reviewers: QualityReviewer[] = reviewerFigures(units, callSd).map((r) => {
    const b = bayesReviewer.get(r.reviewer);
    const modelled = fit !== null && fit.reviewerTerm && b !== undefined;
    return {
      reviewer: r.reviewer,
      n: r.n,
      leniency: fit === null ? r.zOffset : modelled ? b.leniency : null,
      leniencyCri90: modelled ? [...b.leniencyCri90] : null,
      agreement: r.agreement,
    };
  });

  return {
    method,
    seed,
    ...overall,
    withinSd,
    discordantFactor: DISCORDANT_FACTOR,
    fundableCount,
    pools: poolReliability,
    applications,
    reviewers,
  };
}
