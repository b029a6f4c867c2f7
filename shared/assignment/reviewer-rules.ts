/**
 * Optional rules from the reviewer record (issue 12), both off unless given:
 *
 * - `minCredit`: reviewers whose credit score is below the threshold are used last. The solver gives
 *   them a review only where no arrangement of the others can take it (the cost of one such review
 *   is larger than the whole rest of the objective, see solve.ts), so the rule never leaves an
 *   application short that it could have covered. A reviewer without a score yet (no record) is not
 *   held back: a new expert is not a bad one.
 * - `yearCap`: at most `cap` reviews per reviewer per calendar year (the Qingdao rule is 10),
 *   counting the assignments the reviewer already holds in other calls of the same year.
 *
 * Assignments that stay (locked, reviewed, fill-gaps) are never taken away by these rules: a
 * reviewer at the cap keeps exactly those and gets nothing new.
 */
export interface ReviewerRules {
  minCredit?: { threshold: number; credit: Readonly<Record<string, number | null>> };
  yearCap?: { cap: number; otherCallsThisYear: Readonly<Record<string, number>> };
}

/** The reviewer's capacity in this call once the yearly cap applies (never below what they keep). */
export function capacityUnderRules(
  reviewerId: string,
  capacity: number,
  kept: number,
  rules: ReviewerRules,
): number {
  if (!rules.yearCap) return capacity;
  const left = rules.yearCap.cap - (rules.yearCap.otherCallsThisYear[reviewerId] ?? 0);
  return Math.max(kept, Math.min(capacity, left));
}

/** Whether the reviewer has a credit score below the threshold (and so is used last). */
export function belowCreditThreshold(reviewerId: string, rules: ReviewerRules): boolean {
  const credit = rules.minCredit?.credit[reviewerId] ?? null;
  return rules.minCredit !== undefined && credit !== null && credit < rules.minCredit.threshold;
}
