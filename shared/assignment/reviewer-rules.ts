/**
 * Optional rules from the reviewer record (issue 12), both off unless given:
 *
 * - `minCredit`: only reviewers whose credit score is at least the threshold get new assignments.
 *   A reviewer without a score yet (no record) is not held back: a new expert is not a bad one.
 * - `yearCap`: at most `cap` reviews per reviewer per year (the Qingdao rule is 10), counting the
 *   assignments the reviewer already holds in other calls of the same year.
 *
 * Assignments that stay (locked, reviewed, fill-gaps) are never taken away by these rules: a
 * reviewer held back keeps exactly those and gets nothing new.
 */
export interface ReviewerRules {
  minCredit?: { threshold: number; credit: Readonly<Record<string, number | null>> };
  yearCap?: { cap: number; otherCallsThisYear: Readonly<Record<string, number>> };
}

/** The reviewer's capacity in this call once the rules apply (never below what they keep). */
export function capacityUnderRules(
  reviewerId: string,
  capacity: number,
  kept: number,
  rules: ReviewerRules,
): number {
  let limit = capacity;
  const credit = rules.minCredit?.credit[reviewerId] ?? null;
  if (rules.minCredit && credit !== null && credit < rules.minCredit.threshold) limit = 0;
  if (rules.yearCap) {
    limit = Math.min(limit, rules.yearCap.cap - (rules.yearCap.otherCallsThisYear[reviewerId] ?? 0));
  }
  return Math.max(kept, Math.min(capacity, limit));
}
