/**
 * Reviewer record (issue 12): per reviewer and call, what they were asked, what they delivered and
 * when, and how their scores sit with the panel; plus a transparent credit score.
 *
 * Timeliness uses the clock the caller passes (`now`): a review submitted on or before its due date
 * is on time; one submitted after it is late by the days between; one still not submitted when its
 * due date has passed is late by the days until `now`. Reviews not yet due and not submitted do not
 * count. Recused assignments never count as late.
 *
 * Credit components, each in [0, 1] (null when there is nothing to measure):
 * - completion: submitted ÷ (assigned − recused);
 * - onTime: the on-time share;
 * - agreement: the agreement correlation, negatives counted as 0;
 * - usefulness: (mean officer rating − 1) ÷ 3;
 * - balance: 1 − |leniency|, floored at 0 (a reviewer one score point or more off the panel scores 0).
 * The score is 100 × Σ wᵢcᵢ ÷ Σ wᵢ over the components present, with the declared weights.
 */
import type { Credit, CreditComponent, CreditWeights, RecordCall } from '../contract/reviewer-record';
import { creditComponents } from '../contract/reviewer-record';
import { mean, median } from '../ranking/stats';

const DAY_MS = 86_400_000;

export const DEFAULT_CREDIT_WEIGHTS: CreditWeights = {
  completion: 1,
  onTime: 1,
  agreement: 1,
  usefulness: 1,
  balance: 1,
};

export interface RecordAssignment {
  applicationId: string;
  status: 'assigned' | 'recused' | 'released';
  dueAt: string | null;
  reviewStatus: 'draft' | 'submitted' | 'recused' | null;
  submittedAt: string | null;
  /** Comment fields of the review (strengths, weaknesses, toApplicant, confidential). */
  comments: Record<string, string>;
}

export interface RecordCallInput {
  assignments: readonly RecordAssignment[];
  declaredConflicts: number;
  leniency: number | null;
  leniencyCri90: [number, number] | null;
  agreement: number | null;
  ratings: readonly number[];
}

/** Characters the applicant reads: every comment field except the confidential one. */
function applicantCommentLength(comments: Record<string, string>): number {
  let length = 0;
  for (const [field, text] of Object.entries(comments)) {
    if (field !== 'confidential') length += [...text.trim()].length;
  }
  return length;
}

function isRecused(a: RecordAssignment): boolean {
  return a.status === 'recused' || a.reviewStatus === 'recused';
}

export function timeliness(
  assignments: readonly RecordAssignment[],
  now: Date,
): { onTimeShare: number | null; medianDaysLate: number | null } {
  let due = 0;
  let onTime = 0;
  const late: number[] = [];
  for (const a of assignments) {
    if (isRecused(a) || a.dueAt === null) continue;
    const dueAt = Date.parse(a.dueAt);
    const submitted =
      a.reviewStatus === 'submitted' && a.submittedAt !== null ? Date.parse(a.submittedAt) : null;
    if (submitted === null && dueAt >= now.getTime()) continue;
    due += 1;
    const at = submitted ?? now.getTime();
    if (at <= dueAt) onTime += 1;
    else late.push((at - dueAt) / DAY_MS);
  }
  return { onTimeShare: due === 0 ? null : onTime / due, medianDaysLate: median(late) };
}

export function creditScore(
  components: Record<CreditComponent, number | null>,
  weights: CreditWeights,
): Credit {
  let sum = 0;
  let weight = 0;
  for (const component of creditComponents) {
    const value = components[component];
    if (value === null || weights[component] === 0) continue;
    sum += weights[component] * value;
    weight += weights[component];
  }
  return { score: weight === 0 ? null : (100 * sum) / weight, components };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function callRecord(
  input: RecordCallInput,
  now: Date,
  weights: CreditWeights,
): Omit<RecordCall, 'callId' | 'code' | 'title'> {
  const assigned = input.assignments.length;
  const recused = input.assignments.filter(isRecused).length;
  const submittedReviews = input.assignments.filter((a) => !isRecused(a) && a.reviewStatus === 'submitted');
  const submitted = submittedReviews.length;
  const { onTimeShare, medianDaysLate } = timeliness(input.assignments, now);
  const meanRating = mean(input.ratings);
  const expected = assigned - recused;
  const components: Record<CreditComponent, number | null> = {
    completion: expected > 0 ? clamp01(submitted / expected) : null,
    onTime: onTimeShare,
    agreement: input.agreement === null ? null : clamp01(input.agreement),
    usefulness: meanRating === null ? null : (meanRating - 1) / 3,
    balance: input.leniency === null ? null : clamp01(1 - Math.abs(input.leniency)),
  };
  return {
    assigned,
    submitted,
    recused,
    declaredConflicts: input.declaredConflicts,
    onTimeShare,
    medianDaysLate,
    leniency: input.leniency,
    leniencyCri90: input.leniencyCri90,
    agreement: input.agreement,
    commentLength: mean(submittedReviews.map((a) => applicantCommentLength(a.comments))),
    ratings: input.ratings.length,
    meanRating,
    credit: creditScore(components, weights),
  };
}

/** The reviewer's credit over all calls: each component averaged over the calls that have it. */
export function overallCredit(calls: readonly Pick<RecordCall, 'credit'>[], weights: CreditWeights): Credit {
  const components = Object.fromEntries(
    creditComponents.map((component) => [
      component,
      mean(
        calls.flatMap((c) =>
          c.credit.components[component] === null ? [] : [c.credit.components[component]],
        ),
      ),
    ]),
  ) as Record<CreditComponent, number | null>;
  return creditScore(components, weights);
}
