/**
 * rankApplications: the one entry point the CLI (`peerdesk rank --json`), the IPC handler and the
 * UI use. Its JSON shape is a contract; keep field names stable.
 *
 * Pipeline: aggregate → method score (mean | per-reviewer z | Bayesian ER) → order each pool by the
 * declared tie-break rules → funding line and partition (when `fundable` or `envelope` is given)
 * → optional recorded lottery (when `lotterySeed` is given).
 *
 * Invariants:
 * - Rank 1 is the best application whatever the scale's direction.
 * - Excluded (integrity-flagged) applications still inform reviewer calibration (their scores say
 *   something about the reviewer) but are not ranked and never funded.
 * - With challenge groups every rank figure (rank, ER, PCER, SUCRA, intervals) is within the
 *   application's challenge, and each challenge has its own line.
 * - Applications without a submitted score are not ranked and are reported.
 */
import { AppError } from '../errors';
import { deriveSeed, seedText, type Seed } from '../random';
import { aggregateScores } from './aggregate';
import { fitBayes, rankAmong, type BayesFit } from './bayes';
import { orient } from './direction';
import { drawFundingLine, type FundingCandidate, type FundingDecision } from './funding-line';
import { drawLottery, type LotteryRecord } from './lottery';
import { notice, renderNotice } from './notices';
import { orderByRules } from './order';
import { pcer, sucra } from './rank-metrics';
import { RHAT_WARN } from './bayes/rhat';
import { defaultTieBreak, parseTieBreak, type TieBreakValues } from './tie-break';
import type { Direction, FundingGroup, Interval, Notice, RankMethod, ScoreRow } from './types';
import { DEFAULT_MIN_REVIEWS_FOR_Z, zScores } from './zscore';

export interface RankGroups {
  /** Application id → challenge (榜单) id. Every ranked application needs one. */
  of: Readonly<Record<string, string>>;
  /** Top N per challenge: one number for all, or per challenge. Falls back to `fundable`. */
  fundable?: number | Readonly<Record<string, number>>;
  /** Envelope per challenge: one number for all, or per challenge. Falls back to `envelope`. */
  envelope?: number | Readonly<Record<string, number>>;
}

export interface RankInput {
  rows: readonly ScoreRow[];
  direction: Direction;
  method: RankMethod;
  /** Required for 'bayes'; recorded in the output. */
  seed?: Seed;
  chains?: number;
  iterations?: number;
  burnIn?: number;
  keepDraws?: number;
  priorScale?: number;
  minReviewsForZ?: number;
  fundable?: number;
  envelope?: number;
  /** Award amount per application (award.ts), needed with an envelope. */
  awards?: Readonly<Record<string, number>>;
  groups?: RankGroups;
  /** Integrity-flagged applications: not ranked, not funded. */
  excluded?: readonly string[];
  /** Declared tie-break keys (tie-break.ts); default per method, Horizon Europe order. */
  tieBreak?: readonly string[];
  /** Application → criterion id → mean, for 'criterion:<id>' tie-break rules. */
  criterionMeans?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** When given, the lottery of every pool is drawn and recorded. */
  lotterySeed?: Seed;
  /** Bayes progress in [0, 1]; throwing from it cancels the run (nothing is returned). */
  onProgress?: (fraction: number) => void;
}

export interface RankedApplication {
  application: string;
  n: number;
  mean: number;
  /** The method's score: mean | mean z-score | calibrated score μ + θ̂ (input scale). */
  estimate: number;
  /** Position after the tie-break rules, tie blocks averaged. */
  rank: number;
  er: number;
  pcer: number;
  sucra: number;
  cri50: Interval;
  cri90: Interval;
  /** null when no funding line was requested. */
  group: FundingGroup | null;
  challenge: string | null;
}

export interface RankedReviewer {
  reviewer: string;
  /** Positive = more generous than the panel, in score points (oriented: larger = better). */
  leniency: number;
  n: number;
  /** Bayes only. */
  leniencyCri90: Interval | null;
}

export interface LotteryPool {
  challenge: string | null;
  places: number;
  candidates: string[];
  /** Money left for the lottery after funded awards; null without an envelope. */
  budget: number | null;
  draw: LotteryRecord | null;
}

export interface RankTable {
  method: RankMethod;
  direction: Direction;
  n: number;
  seed: string | null;
  fundingLine: number | null;
  /** Per challenge when groups are given (then `fundingLine` is null). */
  fundingLines: Record<string, number | null> | null;
  fundableCount: number | null;
  rhatMax: number | null;
  applications: RankedApplication[];
  reviewers: RankedReviewer[];
  lottery: LotteryPool[];
  excluded: string[];
  tieBreak: string[];
  warnings: string[];
  notices: Notice[];
}

interface AppInfo {
  id: string;
  n: number;
  mean: number;
  estimate: number;
  keys: Record<string, number | null>;
}

function pick(v: number | Readonly<Record<string, number>> | undefined, g: string): number | undefined {
  return typeof v === 'number' ? v : v?.[g];
}

export function rankApplications(input: RankInput): RankTable {
  const { rows, direction, method } = input;
  if (direction !== 'higher-is-better' && direction !== 'lower-is-better') {
    throw new AppError('ranking.errors.invalidOption', { option: 'direction', value: String(direction) });
  }
  if (method !== 'mean' && method !== 'zscore' && method !== 'bayes') {
    throw new AppError('ranking.errors.invalidOption', { option: 'method', value: String(method) });
  }
  const notices: Notice[] = [];
  const apps = aggregateScores(rows);
  const excludedSet = new Set(input.excluded ?? []);
  const excluded = [...excludedSet].sort();
  for (const id of excluded) notices.push(notice('ranking.warnings.excluded', { application: id }));

  const info = new Map<string, AppInfo>();
  for (const a of apps) {
    if (a.n === 0) {
      notices.push(notice('ranking.warnings.noScores', { application: a.application }));
      continue;
    }
    const keys: Record<string, number | null> = { mean: a.mean, median: a.median };
    const crit = input.criterionMeans?.[a.application];
    if (crit !== undefined) for (const [c, v] of Object.entries(crit)) keys[`criterion:${c}`] = v;
    info.set(a.application, {
      id: a.application,
      n: a.n,
      mean: a.mean as number,
      estimate: a.mean as number,
      keys,
    });
  }

  // Method score.
  let fit: BayesFit | null = null;
  let reviewers: RankedReviewer[];
  if (method === 'bayes') {
    if (input.seed === undefined)
      throw new AppError('ranking.errors.invalidOption', { option: 'seed', value: 'missing' });
    fit = fitBayes(rows, direction, {
      seed: input.seed,
      ...(input.chains !== undefined ? { chains: input.chains } : {}),
      ...(input.iterations !== undefined ? { iterations: input.iterations } : {}),
      ...(input.burnIn !== undefined ? { burnIn: input.burnIn } : {}),
      ...(input.keepDraws !== undefined ? { keepDraws: input.keepDraws } : {}),
      ...(input.priorScale !== undefined ? { priorScale: input.priorScale } : {}),
      ...(input.onProgress !== undefined ? { onProgress: input.onProgress } : {}),
    });
    for (const a of fit.applications) {
      const i = info.get(a.application);
      if (i !== undefined) i.estimate = a.estimate;
    }
    reviewers = fit.reviewers.map((r) => ({
      reviewer: r.reviewer,
      leniency: r.leniency,
      n: r.n,
      leniencyCri90: r.leniencyCri90,
    }));
    if (!fit.reviewerTerm) notices.push(notice('ranking.warnings.noReviewerOverlap'));
    if (fit.rhatWarning) {
      notices.push(
        notice('ranking.warnings.rhatHigh', {
          rhat: fit.rhatMax.toFixed(3),
          limit: RHAT_WARN,
          parameter: fit.rhatParameter,
        }),
      );
    }
  } else {
    if (method === 'zscore') {
      const z = zScores(rows, input.minReviewsForZ ?? DEFAULT_MIN_REVIEWS_FOR_Z);
      for (const a of z.applications) {
        const i = info.get(a.application);
        if (i !== undefined && a.meanZ !== null) {
          i.estimate = a.meanZ;
          i.keys['zscore'] = a.meanZ;
        }
      }
      for (const r of z.reviewers) {
        if (!r.calibrated) {
          notices.push(
            notice('ranking.warnings.uncalibratedReviewer', {
              reviewer: r.reviewer,
              n: r.n,
              min: z.minReviews,
            }),
          );
        }
      }
    }
    reviewers = empiricalLeniency(rows, direction, info);
  }

  const tieBreakKeys = [...(input.tieBreak ?? defaultTieBreak(method))];
  const rules = parseTieBreak(tieBreakKeys, direction);

  // Pools: one, or one per challenge.
  const eligible = [...info.keys()].filter((id) => !excludedSet.has(id)).sort();
  const pools = new Map<string | null, string[]>();
  if (input.groups === undefined) {
    pools.set(null, eligible);
  } else {
    for (const id of eligible) {
      const g = input.groups.of[id];
      if (g === undefined) throw new AppError('ranking.errors.missingGroup', { application: id });
      const list = pools.get(g) ?? [];
      list.push(id);
      pools.set(g, list);
    }
  }

  const applications: RankedApplication[] = [];
  const lottery: LotteryPool[] = [];
  const fundingLines: Record<string, number | null> = {};
  let fundingLine: number | null = null;
  let fundableCount: number | null = null;
  const poolKeys = [...pools.keys()].sort((a, b) => byCodeUnits(a ?? '', b ?? ''));
  for (const g of poolKeys) {
    const ids = pools.get(g) as string[];
    const rs = fit !== null ? rankAmong(fit, ids) : null;
    const candidates: FundingCandidate[] = ids.map((id) => {
      const a = info.get(id) as AppInfo;
      const r = rs?.get(id);
      return {
        id,
        keys: a.keys as TieBreakValues,
        ...(r !== undefined ? { er: r.er, cri50: r.cri50 } : {}),
        ...(input.awards?.[id] !== undefined ? { award: input.awards[id] } : {}),
      };
    });
    const fundable = g === null ? input.fundable : (pick(input.groups?.fundable, g) ?? input.fundable);
    const envelope = g === null ? input.envelope : (pick(input.groups?.envelope, g) ?? input.envelope);
    let decision: FundingDecision | null = null;
    let position: Map<string, number>;
    if (fundable !== undefined || envelope !== undefined) {
      decision = drawFundingLine(candidates, {
        ...(fundable !== undefined ? { fundable } : {}),
        ...(envelope !== undefined ? { envelope } : {}),
        tieBreak: rules,
      });
      notices.push(...decision.notices);
      position = new Map(Object.entries(decision.position));
      if (g === null) {
        fundingLine = decision.fundingLine;
        fundableCount = decision.fundableCount;
      } else {
        fundingLines[g] = decision.fundingLine;
        fundableCount = (fundableCount ?? 0) + decision.fundableCount;
      }
      if (decision.lotteryCandidates.length > 0) {
        const lotterySeed =
          input.lotterySeed === undefined
            ? null
            : g === null
              ? seedText(input.lotterySeed)
              : deriveSeed(input.lotterySeed, 'challenge', g);
        const budget = decision.remainingEnvelope;
        lottery.push({
          challenge: g,
          places: decision.lotteryPlaces,
          candidates: decision.lotteryCandidates,
          budget,
          draw:
            lotterySeed === null
              ? null
              : drawLottery({
                  seed: lotterySeed,
                  candidates: decision.lotteryCandidates,
                  places: decision.lotteryPlaces,
                  ...(budget !== null ? { budget, awards: input.awards ?? {} } : {}),
                }),
        });
      }
    } else {
      const ordered = orderByRules(
        candidates,
        (c) => (c.er !== undefined ? { ...c.keys, er: c.er } : c.keys),
        rules,
      );
      position = ordered.position;
      for (const b of ordered.blocks) {
        if (b.length > 1) {
          notices.push(
            notice('ranking.warnings.unresolvedTie', {
              applications: b
                .map((c) => c.id)
                .sort()
                .join(', '),
              rules: tieBreakKeys.join(', '),
            }),
          );
        }
      }
    }
    const m = ids.length;
    for (const id of ids) {
      const a = info.get(id) as AppInfo;
      const pos = position.get(id) as number;
      const r = rs?.get(id);
      const er = r !== undefined ? r.er : pos;
      applications.push({
        application: id,
        n: a.n,
        mean: a.mean,
        estimate: a.estimate,
        rank: pos,
        er,
        pcer: pcer(er, m),
        sucra: sucra(er, m),
        cri50: r !== undefined ? [...r.cri50] : [pos, pos],
        cri90: r !== undefined ? [...r.cri90] : [pos, pos],
        group: decision === null ? null : (decision.group[id] ?? null),
        challenge: g,
      });
    }
  }
  applications.sort(
    (x, y) =>
      byCodeUnits(x.challenge ?? '', y.challenge ?? '') ||
      x.rank - y.rank ||
      byCodeUnits(x.application, y.application),
  );

  return {
    method,
    direction,
    n: eligible.length,
    seed: fit !== null ? fit.seed : null,
    fundingLine,
    fundingLines: input.groups === undefined ? null : fundingLines,
    fundableCount,
    rhatMax: fit !== null ? fit.rhatMax : null,
    applications,
    reviewers,
    lottery,
    excluded,
    tieBreak: tieBreakKeys,
    warnings: notices.map(renderNotice),
    notices,
  };
}

/** Locale-independent string order (UTF-16 code units): the same on every machine. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Point-method leniency: mean of (oriented score − oriented application mean) over a reviewer's scores. */
function empiricalLeniency(
  rows: readonly ScoreRow[],
  direction: Direction,
  info: ReadonlyMap<string, AppInfo>,
): RankedReviewer[] {
  const acc = new Map<string, { sum: number; n: number }>();
  for (const r of rows) {
    if (r.score === null) continue;
    const a = info.get(r.application);
    if (a === undefined) continue;
    const e = acc.get(r.reviewer) ?? { sum: 0, n: 0 };
    e.sum += orient(r.score, direction) - orient(a.mean, direction);
    e.n += 1;
    acc.set(r.reviewer, e);
  }
  return [...acc.keys()].sort().map((reviewer) => {
    const e = acc.get(reviewer) as { sum: number; n: number };
    return { reviewer, leniency: e.sum / e.n, n: e.n, leniencyCri90: null };
  });
}
