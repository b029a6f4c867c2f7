import type { Db } from '../../db/connection';
import type { ResponseOf } from '../../shared/contract';
import { scoredCriteria } from '../../shared/domain/review-score';
import { AppError } from '../../shared/errors';
import { loadCallInputs } from './call-inputs';

/** One application's reviews side by side, for the disagreement list. Drafts are shown but marked. */
export function reviewDetails(db: Db, callId: string, applicationId: string): ResponseOf<'results.reviews'> {
  const inputs = loadCallInputs(db, callId);
  if (!inputs.applications.some((application) => application.id === applicationId)) {
    throw new AppError('results.errors.applicationNotFound', { application: applicationId });
  }
  return {
    criteria: scoredCriteria(inputs.rubric).map((criterion) => ({
      id: criterion.id,
      label: criterion.label,
    })),
    reviews: inputs.reviews
      .filter((review) => review.applicationId === applicationId)
      .map((review) => ({
        reviewerId: review.reviewerId,
        reviewerName: review.reviewerName,
        status: review.status,
        overall: review.overall,
        scores: review.scores,
        recommendation: review.recommendation,
        familiarity: review.familiarity,
        comments: review.comments,
        budgetOpinion: review.budgetOpinion,
      })),
  };
}
