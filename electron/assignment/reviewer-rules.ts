import type { Db } from '../../db/connection';
import type { AssignmentCallRow } from '../../db/repositories/assignments';
import { reviewsInYearElsewhere } from '../../db/repositories/reviewer-record';
import type { ReviewerRules } from '../../shared/assignment/reviewer-rules';
import { reviewerRecords } from '../quality/reviewer-record';

/**
 * The reviewer-record rules an auto-assignment asked for, with the figures they need: each
 * reviewer's credit score over the workspace's calls, and the reviews each holds in other calls of
 * the year. The year is that of the call's review due date (the due date its new assignments get),
 * else of `now` (the day they are made), as `reviewsInYearElsewhere` dates the others.
 */
export function reviewerRulesFor(
  db: Db,
  call: AssignmentCallRow,
  request: { minCredit?: number; yearCap?: number },
  now: Date,
): ReviewerRules {
  const rules: ReviewerRules = {};
  if (request.minCredit !== undefined) {
    const credit = Object.fromEntries(
      reviewerRecords(db, now).reviewers.map((reviewer) => [reviewer.reviewerId, reviewer.credit.score]),
    );
    rules.minCredit = { threshold: request.minCredit, credit };
  }
  if (request.yearCap !== undefined) {
    const year = (call.reviewDueAt ?? now.toISOString()).slice(0, 4);
    rules.yearCap = {
      cap: request.yearCap,
      otherCallsThisYear: reviewsInYearElsewhere(db, { year, exceptCallId: call.id }),
    };
  }
  return rules;
}
