import type { ReviewDigest } from '../../shared/domain/panel-bundles';
import { scoredCriteria } from '../../shared/domain/review-score';
import type { CallInputs, ReviewData } from '../results/call-inputs';
import { APPLICANT_COMMENT_FIELDS } from './feedback';

/**
 * The anonymised digest of an application's mail reviews for the panel: submitted reviews only,
 * numbered by overall score (never by reviewer), with their scores and the comment fields an
 * applicant may read (the same whitelist as feedback letters). Nothing that names a reviewer is
 * read here: not the id, not the name, not the confidential comment.
 */
export function reviewDigest(
  inputs: Pick<CallInputs, 'rubric' | 'reviews'>,
  applicationId: string,
): ReviewDigest {
  const submitted = inputs.reviews.filter(
    (review) => review.applicationId === applicationId && review.status === 'submitted',
  );
  const anonymous = submitted.map(anonymise).sort(byOverallThenContent);
  const overalls = anonymous.flatMap((review) => (review.overall === null ? [] : [review.overall]));
  return {
    submitted: anonymous.length,
    overall: overalls.length === 0 ? null : { ...spread(overalls), sd: standardDeviation(overalls) },
    criteria: scoredCriteria(inputs.rubric).flatMap((criterion) => {
      const values = anonymous.flatMap((review) => {
        const value = review.scores[criterion.id];
        return value === undefined ? [] : [value];
      });
      return values.length === 0 ? [] : [{ id: criterion.id, ...spread(values) }];
    }),
    reviews: anonymous.map((review, index) => ({ n: index + 1, ...review })),
  };
}

type AnonymousReview = Omit<ReviewDigest['reviews'][number], 'n'>;

function anonymise(review: ReviewData): AnonymousReview {
  const comments: Record<string, string> = {};
  for (const field of APPLICANT_COMMENT_FIELDS) {
    const text = review.comments[field]?.trim() ?? '';
    if (text !== '') comments[field] = text;
  }
  return {
    overall: review.overall,
    scores: { ...review.scores },
    recommendation: review.recommendation,
    comments,
  };
}

/** Highest overall first (unscored last); equal ones by their content, so the order never depends on who wrote them. */
function byOverallThenContent(a: AnonymousReview, b: AnonymousReview): number {
  const left = a.overall ?? Number.NEGATIVE_INFINITY;
  const right = b.overall ?? Number.NEGATIVE_INFINITY;
  if (left !== right) return right - left;
  const x = JSON.stringify([a.scores, a.comments, a.recommendation]);
  const y = JSON.stringify([b.scores, b.comments, b.recommendation]);
  return x < y ? -1 : x > y ? 1 : 0;
}

function spread(values: readonly number[]): { mean: number; min: number; max: number } {
  return {
    mean: values.reduce((sum, value) => sum + value, 0) / values.length,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** Sample standard deviation; 0 for a single review. */
function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
}
