import { z } from 'zod';

/** Where an office workspace stands, counted for its newest open call (null: there is none). */
export interface WorkflowCounts {
  call: {
    code: string;
    activeApplications: number;
    assignedPairs: number;
    issuedPackages: number;
    submittedReviews: number;
    rankingRuns: number;
    decisions: number;
  } | null;
  reviewers: number;
}

export const nextStepSchema = z.enum([
  'createCall',
  'importApplications',
  'addReviewers',
  'assignReviewers',
  'issuePackages',
  'mergeReviews',
  'rank',
  'decide',
  'done',
]);
export type NextStep = z.infer<typeof nextStepSchema>;

/**
 * The officer's next step, in the order a call is run: call → applications → reviewers →
 * assignment → packages → merge reviews → rank → decide. Ranking is offered once any review is
 * merged (more can be merged and ranked again); deciding until every active application has a
 * decision.
 */
export function nextStep(counts: WorkflowCounts): NextStep {
  const { call } = counts;
  if (!call) return 'createCall';
  if (call.activeApplications === 0) return 'importApplications';
  if (counts.reviewers === 0) return 'addReviewers';
  if (call.assignedPairs === 0) return 'assignReviewers';
  if (call.issuedPackages === 0) return 'issuePackages';
  if (call.submittedReviews === 0) return 'mergeReviews';
  if (call.rankingRuns === 0) return 'rank';
  if (call.decisions < call.activeApplications) return 'decide';
  return 'done';
}
