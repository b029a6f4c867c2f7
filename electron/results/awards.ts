import { lumpSumAward } from '../../shared/ranking';
import type { CallInputs } from './call-inputs';

export interface AwardData {
  amount: number | null;
  basis: 'median' | 'requested' | 'override' | 'none';
  median: number | null;
  opinions: number;
  capped: boolean;
  reason: string | null;
}

/**
 * The award each application would get if funded.
 * - An officer's override (with its reason) always wins.
 * - Lump-sum calls (包干制): the median of the reviewers' recommended amounts, capped at the request
 *   (shared/ranking/award.ts); no opinion at all → no amount, the officer must set one.
 * - Other calls: the requested total.
 */
export function computeAwards(inputs: CallInputs): Map<string, AwardData> {
  const awards = new Map<string, AwardData>();
  for (const application of inputs.applications) {
    const override = inputs.overrides.get(application.id);
    if (inputs.call.category !== 'lump-sum') {
      awards.set(
        application.id,
        override
          ? {
              amount: override.amount,
              basis: 'override',
              median: null,
              opinions: 0,
              capped: false,
              reason: override.reason,
            }
          : {
              amount: application.requestedTotal,
              basis: 'requested',
              median: null,
              opinions: 0,
              capped: false,
              reason: null,
            },
      );
      continue;
    }
    const reviews = inputs.reviews
      .filter((review) => review.applicationId === application.id)
      .map((review) => ({
        status: review.status,
        recommendedAmount: review.budgetOpinion?.recommendedAmount ?? null,
        budgetOpinion: review.budgetOpinion?.verdict ?? null,
      }));
    const result = lumpSumAward({
      requested: application.requestedTotal,
      reviews,
      override: override ? { amount: override.amount, reason: override.reason } : null,
    });
    awards.set(application.id, {
      amount: result.amount === null ? null : Math.round(result.amount),
      basis: result.basis,
      median: result.median,
      opinions: result.opinions,
      capped: result.capped,
      reason: result.reason,
    });
  }
  return awards;
}
