import { describe, expect, it } from 'vitest';
import { nextStep, type WorkflowCounts } from './next-step';

const call = {
  code: 'GX',
  activeApplications: 10,
  assignedPairs: 30,
  issuedPackages: 5,
  submittedReviews: 12,
  rankingRuns: 1,
  decisions: 10,
};
const at = (overrides: Partial<NonNullable<WorkflowCounts['call']>>, reviewers = 5): WorkflowCounts => ({
  call: { ...call, ...overrides },
  reviewers,
});

describe('the next step of an office', () => {
  it('follows the order a call is run in', () => {
    expect(nextStep({ call: null, reviewers: 3 })).toBe('createCall');
    expect(nextStep(at({ activeApplications: 0 }))).toBe('importApplications');
    expect(nextStep(at({}, 0))).toBe('addReviewers');
    expect(nextStep(at({ assignedPairs: 0 }))).toBe('assignReviewers');
    expect(nextStep(at({ issuedPackages: 0 }))).toBe('issuePackages');
    expect(nextStep(at({ submittedReviews: 0 }))).toBe('mergeReviews');
    expect(nextStep(at({ rankingRuns: 0 }))).toBe('rank');
    expect(nextStep(at({ decisions: 9 }))).toBe('decide');
    expect(nextStep(at({}))).toBe('done');
  });
});
