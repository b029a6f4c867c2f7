/**
 * Lump-sum (包干制) award amount.
 *
 * - Opinions come from submitted reviews only. A review with a recommended amount gives that
 *   amount; one that judged the request 'appropriate' without an amount counts as recommending the
 *   requested sum; any other review has no opinion and is left out.
 * - Award = median of the opinions, capped at the requested amount (the office never awards more
 *   than was asked). No opinion at all → no amount: the officer must set one.
 * - An officer override needs a non-empty reason and passes through unchanged (it is the officer's
 *   recorded decision; the cap does not apply), with the computed median kept alongside.
 */
import { AppError } from '../errors';
import { median } from './stats';
import { SUBMITTED } from './types';

export type BudgetOpinion = 'appropriate' | 'too-high' | 'too-low';

export interface AwardReview {
  status: string;
  recommendedAmount?: number | null;
  budgetOpinion?: BudgetOpinion | null;
}

export interface AwardInput {
  requested: number;
  reviews: readonly AwardReview[];
  override?: { amount: number; reason: string } | null;
}

export interface AwardResult {
  amount: number | null;
  basis: 'median' | 'override' | 'none';
  /** Opinions that entered the median. */
  opinions: number;
  median: number | null;
  /** The median exceeded the requested amount and was cut to it. */
  capped: boolean;
  reason: string | null;
}

function checkAmount(name: string, v: number): void {
  if (!Number.isFinite(v) || v < 0) {
    throw new AppError('ranking.errors.invalidOption', { option: name, value: String(v) });
  }
}

export function lumpSumAward(input: AwardInput): AwardResult {
  checkAmount('requested', input.requested);
  const amounts: number[] = [];
  for (const r of input.reviews) {
    if (r.status !== SUBMITTED) continue;
    if (typeof r.recommendedAmount === 'number') {
      checkAmount('recommendedAmount', r.recommendedAmount);
      amounts.push(r.recommendedAmount);
    } else if (r.budgetOpinion === 'appropriate') {
      amounts.push(input.requested);
    }
  }
  const med = median(amounts);
  const override = input.override;
  if (override !== undefined && override !== null) {
    checkAmount('override', override.amount);
    const reason = override.reason.trim();
    if (reason === '') throw new AppError('ranking.errors.overrideReason', {});
    return {
      amount: override.amount,
      basis: 'override',
      opinions: amounts.length,
      median: med,
      capped: false,
      reason,
    };
  }
  if (med === null) {
    return { amount: null, basis: 'none', opinions: 0, median: null, capped: false, reason: null };
  }
  const capped = med > input.requested;
  return {
    amount: capped ? input.requested : med,
    basis: 'median',
    opinions: amounts.length,
    median: med,
    capped,
    reason: null,
  };
}
