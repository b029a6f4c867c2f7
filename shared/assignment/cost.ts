/**
 * The objective auto-assignment minimises, in integer points:
 *
 *   Σ over assignments of round(100 · (1 − match))
 * + Σ over reviewers of Σ_{j=1..load} marginal(j),  marginal(j) = round(w · (j − 1) / mean load)
 *
 * The first term prefers expertise; the second balances load: the j-th application given to one
 * reviewer costs more the more they already have (convex, so flow fills a reviewer's cheap slots
 * first), and at the mean load one more application costs w points, i.e. w points of expertise
 * match are worth giving up to move it to a less loaded reviewer. The mean load is the number of
 * wanted slots over the reviewers with any capacity, so w means the same for any size of call.
 *
 * Reviewers marked `usedLast` (a credit score below the officer's threshold) pay `usedLastCost` on
 * every new review on top of that. It exceeds the largest value the two terms above can reach for
 * the open slots, so a least-cost flow first has as few reviews by them as any maximum flow can,
 * and only then optimises expertise and balance. `objective` leaves it out: it is an order of
 * preference, not a quality of the assignment.
 */
import { expertiseMatch, type ExpertiseProfile } from './expertise';
import type { AssignmentProblem, Pair } from './types';

export const EXPERTISE_COST_SCALE = 100;
export const DEFAULT_BALANCE_WEIGHT = 40;

export function expertiseCost(match: number): number {
  return Math.round(EXPERTISE_COST_SCALE * (1 - match));
}

export function meanLoad(problem: AssignmentProblem): number {
  const slots = problem.applications.reduce((sum, application) => sum + application.wanted, 0);
  const reviewers = problem.reviewers.filter((reviewer) => reviewer.maxLoad > 0).length;
  return reviewers === 0 ? 1 : Math.max(1, slots / reviewers);
}

/** Cost of giving a reviewer their j-th application (j ≥ 1); non-decreasing in j. */
export function marginalLoadCost(j: number, mean: number, balanceWeight: number): number {
  return Math.round((balanceWeight * (j - 1)) / mean);
}

/** Extra cost of one new review by a `usedLast` reviewer: above any sum of the other terms. */
export function usedLastCost(
  openSlots: number,
  largestMaxLoad: number,
  mean: number,
  balanceWeight: number,
): number {
  return openSlots * (EXPERTISE_COST_SCALE + marginalLoadCost(largestMaxLoad, mean, balanceWeight)) + 1;
}

/**
 * The objective value of a complete set of pairs (fixed + new) for `problem`, with expertise
 * profiles given per id. Used by the solver's report and by tests that check it by brute force.
 */
export function objective(
  problem: AssignmentProblem,
  pairs: readonly Pair[],
  profiles: { applications: Map<string, ExpertiseProfile>; reviewers: Map<string, ExpertiseProfile> },
): number {
  const mean = meanLoad(problem);
  const weight = problem.balanceWeight ?? DEFAULT_BALANCE_WEIGHT;
  const loads = new Map<string, number>();
  let total = 0;
  for (const pair of pairs) {
    const application = profiles.applications.get(pair.applicationId);
    const reviewer = profiles.reviewers.get(pair.reviewerId);
    if (!application || !reviewer)
      throw new RangeError(`unknown pair ${pair.applicationId}/${pair.reviewerId}`);
    total += expertiseCost(expertiseMatch(application, reviewer));
    const load = (loads.get(pair.reviewerId) ?? 0) + 1;
    loads.set(pair.reviewerId, load);
    total += marginalLoadCost(load, mean, weight);
  }
  return total;
}
