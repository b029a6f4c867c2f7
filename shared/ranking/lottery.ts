/**
 * The recorded lottery among applications the ranking cannot separate.
 *
 * Invariants (anyone can re-run a draw from its record):
 * - Candidates are sorted canonically (by UTF-16 code units of the id) before drawing, so the
 *   order they were passed in never matters; duplicates are refused.
 * - The stream is Random(deriveSeed(seed, 'lottery', LOTTERY_ALGORITHM)); the draw is a partial
 *   Fisher–Yates from the front, so `selected` lists winners in the order they were drawn.
 * - With a money limit (`budget` + `awards`), the draw order is walked and stops at the first
 *   drawn application that does not fit (the same rule as the funding line's envelope walk).
 */
import { AppError } from '../errors';
import { deriveSeed, Random, sampleWithoutReplacement, seedText, type Seed } from '../random';

export const LOTTERY_ALGORITHM = 'peerdesk-lottery-v1';

export interface LotteryInput {
  seed: Seed;
  candidates: readonly string[];
  places: number;
  /** Optional money limit: remaining envelope and each candidate's award. */
  budget?: number;
  awards?: Readonly<Record<string, number>>;
}

export interface LotteryRecord {
  algorithm: typeof LOTTERY_ALGORITHM;
  seed: string;
  /** Canonical (sorted) candidate list the draw ran on. */
  candidates: string[];
  places: number;
  /** Every candidate in draw order. */
  drawOrder: string[];
  /** Winners in draw order. */
  selected: string[];
  budget: number | null;
}

export function drawLottery(input: LotteryInput): LotteryRecord {
  const seed = seedText(input.seed);
  const candidates = [...input.candidates].sort();
  for (let i = 1; i < candidates.length; i++) {
    if (candidates[i] === candidates[i - 1]) {
      throw new AppError('ranking.errors.duplicateCandidate', { application: candidates[i] ?? '' });
    }
  }
  const { places } = input;
  if (!Number.isInteger(places) || places < 0 || places > candidates.length) {
    throw new AppError('ranking.errors.lotteryPlaces', {
      places: String(places),
      candidates: candidates.length,
    });
  }
  const rng = new Random(deriveSeed(seed, 'lottery', LOTTERY_ALGORITHM));
  const drawOrder = sampleWithoutReplacement(rng, candidates, candidates.length);

  let selected: string[];
  const budget = input.budget;
  if (budget === undefined) {
    selected = drawOrder.slice(0, places);
  } else {
    if (!Number.isFinite(budget) || budget < 0) {
      throw new AppError('ranking.errors.invalidOption', { option: 'budget', value: String(budget) });
    }
    selected = [];
    let used = 0;
    for (const id of drawOrder) {
      if (selected.length >= places) break;
      const a = input.awards?.[id];
      if (a === undefined || !Number.isFinite(a) || a < 0) {
        throw new AppError('ranking.errors.missingAward', { application: id });
      }
      if (used + a > budget) break;
      used += a;
      selected.push(id);
    }
  }
  return {
    algorithm: LOTTERY_ALGORITHM,
    seed,
    candidates,
    places,
    drawOrder,
    selected,
    budget: budget ?? null,
  };
}
