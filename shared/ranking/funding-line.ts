/**
 * The funding line and the funded / lottery / rejected partition.
 *
 * 1. Order the pool by the declared tie-break rules (tie-break.ts). Applications equal on every
 *    rule form a tie block and share the averaged position.
 * 2. Fundable count k:
 *    - `fundable`: k = min(fundable, n);
 *    - `envelope`: walk down the order adding each award; STOP at the first application that does
 *      not fit (no skipping down to cheaper ones: skipping would let a lower-ranked application
 *      overtake a better one). A tie block is walked as a unit: if the whole block fits, it is
 *      taken; otherwise the line falls inside the block (k counts one place in it) when at least
 *      one member fits the remaining money on its own, else the walk stops before the block;
 *    - both given: the smaller k.
 * 3. FL = the ER (Bayes) or position (point methods) of the k-th application.
 * 4. Partition: funded when the 50 % rank interval lies wholly better than FL (hi < FL), rejected
 *    when wholly worse (lo > FL), lottery otherwise. Point methods use the degenerate interval
 *    [position, position], so the lottery is exactly the tie block at the line.
 *    Lottery places = k − funded (by count); with an envelope the draw is also limited by the money
 *    left after the funded awards (lottery.ts). A lottery with as many places as candidates funds
 *    them all (when the money covers them); one with no places rejects them: no empty draws.
 * Edge cases: k = 0 → FL is null and everything is rejected; k = n → everything is funded.
 */
import { AppError } from '../errors';
import { notice } from './notices';
import { orderByRules } from './order';
import type { TieBreakRule, TieBreakValues } from './tie-break';
import type { FundingGroup, Interval, Notice } from './types';

export interface FundingCandidate {
  id: string;
  /** Values for the tie-break rules ('er' is taken from `er` when not given here). */
  keys: TieBreakValues;
  /** Bayes: expected rank within the pool and its 50 % interval. Omit both for point methods. */
  er?: number;
  cri50?: Interval;
  /** Award amount, needed when an envelope is given. */
  award?: number;
}

export interface FundingOptions {
  fundable?: number;
  envelope?: number;
  tieBreak: readonly TieBreakRule[];
}

export interface FundingDecision {
  /** Ids best first; within a tie block by id, for display only (they share a position). */
  order: string[];
  /** 1-based position in the order, tie blocks averaged. */
  position: Record<string, number>;
  /** The ER (Bayes) or position (point) used against the line. */
  er: Record<string, number>;
  cri50: Record<string, Interval>;
  fundableCount: number;
  fundingLine: number | null;
  group: Record<string, FundingGroup>;
  lotteryPlaces: number;
  /** Canonically sorted (by id). */
  lotteryCandidates: string[];
  /** Envelope minus the funded awards; null without an envelope. */
  remainingEnvelope: number | null;
  /** Tie blocks (size > 1) that no rule separates. */
  ties: string[][];
  notices: Notice[];
}

function checkCount(name: string, v: number | undefined): void {
  if (v !== undefined && (!Number.isInteger(v) || v < 0)) {
    throw new AppError('ranking.errors.invalidOption', { option: name, value: String(v) });
  }
}

function awardOf(c: FundingCandidate): number {
  const a = c.award;
  if (a === undefined || !Number.isFinite(a) || a < 0) {
    throw new AppError('ranking.errors.missingAward', { application: c.id });
  }
  return a;
}

export function drawFundingLine(
  candidates: readonly FundingCandidate[],
  options: FundingOptions,
): FundingDecision {
  const { fundable, envelope, tieBreak } = options;
  checkCount('fundable', fundable);
  if (envelope !== undefined && (!Number.isFinite(envelope) || envelope < 0)) {
    throw new AppError('ranking.errors.invalidOption', { option: 'envelope', value: String(envelope) });
  }
  if (fundable === undefined && envelope === undefined) {
    throw new AppError('ranking.errors.invalidOption', { option: 'fundable', value: 'missing' });
  }
  const ids = new Set<string>();
  for (const c of candidates) {
    if (ids.has(c.id)) throw new AppError('ranking.errors.duplicateCandidate', { application: c.id });
    ids.add(c.id);
  }
  const bayes = candidates.some((c) => c.cri50 !== undefined);
  if (bayes && candidates.some((c) => c.cri50 === undefined || c.er === undefined)) {
    throw new AppError('ranking.errors.invalidOption', { option: 'cri50', value: 'partial' });
  }

  const valuesOf = (c: FundingCandidate): TieBreakValues =>
    c.er !== undefined && c.keys['er'] === undefined ? { ...c.keys, er: c.er } : c.keys;
  const ordered = orderByRules(candidates, valuesOf, tieBreak);
  const { sorted, blocks } = ordered;
  const position: Record<string, number> = {};
  for (const c of sorted) position[c.id] = ordered.position.get(c.id) as number;
  const er: Record<string, number> = {};
  const cri50: Record<string, Interval> = {};
  for (const c of sorted) {
    const p = position[c.id] as number;
    er[c.id] = bayes ? (c.er as number) : p;
    cri50[c.id] = bayes ? [...(c.cri50 as Interval)] : [p, p];
  }

  const n = sorted.length;
  const notices: Notice[] = [];
  let k = fundable === undefined ? n : Math.min(fundable, n);
  if (envelope !== undefined) {
    let used = 0;
    let walked = 0;
    for (const b of blocks) {
      let blockSum = 0;
      for (const c of b) blockSum += awardOf(c);
      if (used + blockSum <= envelope) {
        used += blockSum;
        walked += b.length;
        continue;
      }
      if (b.some((c) => used + awardOf(c) <= envelope)) walked += 1;
      break;
    }
    if (walked === 0 && n > 0) notices.push(notice('ranking.warnings.nothingFits'));
    k = Math.min(k, walked);
  }

  const group: Record<string, FundingGroup> = {};
  let fundingLine: number | null = null;
  let lotteryPlaces = 0;
  const lotteryCandidates: string[] = [];
  if (k === 0) {
    for (const c of sorted) group[c.id] = 'rejected';
  } else if (k >= n) {
    for (const c of sorted) group[c.id] = 'funded';
    fundingLine = er[(sorted[n - 1] as FundingCandidate).id] as number;
  } else {
    const fl = er[(sorted[k - 1] as FundingCandidate).id] as number;
    fundingLine = fl;
    let funded = 0;
    for (const c of sorted) {
      const [lo, hi] = cri50[c.id] as Interval;
      if (hi < fl) {
        group[c.id] = 'funded';
        funded++;
      } else if (lo > fl) {
        group[c.id] = 'rejected';
      } else {
        group[c.id] = 'lottery';
        lotteryCandidates.push(c.id);
      }
    }
    lotteryCandidates.sort();
    lotteryPlaces = k - funded;
    if (lotteryPlaces < 0) {
      notices.push(notice('ranking.warnings.intervalFundsMore', { funded, places: k }));
      lotteryPlaces = 0;
    }
    if (lotteryPlaces > lotteryCandidates.length) {
      notices.push(
        notice('ranking.warnings.placesExceedLottery', {
          places: lotteryPlaces,
          candidates: lotteryCandidates.length,
          unfilled: lotteryPlaces - lotteryCandidates.length,
        }),
      );
      lotteryPlaces = lotteryCandidates.length;
    }
    // A draw with no place to give rejects its candidates; a draw where everyone wins funds them
    // (unless the money cannot cover them all, then the money-limited draw decides).
    const fitsAll =
      envelope === undefined ||
      sorted.reduce((t, c) => t + (group[c.id] === 'rejected' ? 0 : awardOf(c)), 0) <= envelope;
    if (lotteryPlaces === 0 || (lotteryPlaces === lotteryCandidates.length && fitsAll)) {
      const outcome: FundingGroup = lotteryPlaces === 0 ? 'rejected' : 'funded';
      for (const id of lotteryCandidates) group[id] = outcome;
      lotteryCandidates.length = 0;
      lotteryPlaces = 0;
    }
  }

  let remainingEnvelope: number | null = null;
  if (envelope !== undefined) {
    remainingEnvelope = envelope;
    for (const c of sorted) if (group[c.id] === 'funded') remainingEnvelope -= awardOf(c);
    if (remainingEnvelope < 0) {
      notices.push(notice('ranking.warnings.envelopeExceeded', { envelope, over: -remainingEnvelope }));
    }
  }

  const ties = blocks.filter((b) => b.length > 1).map((b) => b.map((c) => c.id).sort());
  const rules = tieBreak.map((r) => r.key).join(', ');
  for (const t of ties) {
    notices.push(notice('ranking.warnings.unresolvedTie', { applications: t.join(', '), rules }));
  }

  return {
    order: sorted.map((c) => c.id),
    position,
    er,
    cri50,
    fundableCount: k,
    fundingLine,
    group,
    lotteryPlaces,
    lotteryCandidates,
    remainingEnvelope,
    ties,
    notices,
  };
}

export interface GroupFunding {
  fundable?: number;
  envelope?: number;
}

/**
 * Challenge calls: a separate line per group (榜单), each fed its own candidates (whose ER and
 * intervals the caller computed within the group). A group without its own settings uses
 * `defaults` (e.g. "top 1 per challenge").
 */
export function drawGroupedFundingLines(
  candidates: readonly (FundingCandidate & { group: string })[],
  perGroup: Readonly<Record<string, GroupFunding>>,
  defaults: GroupFunding,
  tieBreak: readonly TieBreakRule[],
): Map<string, FundingDecision> {
  const byGroup = new Map<string, FundingCandidate[]>();
  for (const c of candidates) {
    const list = byGroup.get(c.group) ?? [];
    list.push(c);
    byGroup.set(c.group, list);
  }
  const out = new Map<string, FundingDecision>();
  for (const g of [...byGroup.keys()].sort()) {
    const settings = perGroup[g] ?? defaults;
    out.set(g, drawFundingLine(byGroup.get(g) as FundingCandidate[], { ...settings, tieBreak }));
  }
  return out;
}
