import { describe, expect, it } from 'vitest';
import { planAssignment, type PlanInput } from './plan';
import { capacityUnderRules } from './reviewer-rules';
import { solveAssignment } from './solve';

const applications = ['a1', 'a2', 'a3', 'a4'].map((id) => ({
  id,
  keywords: ['碳汇'],
  discipline: 'D01',
  languages: [],
}));
const reviewers = ['r1', 'r2', 'r3'].map((id) => ({
  id,
  expertise: ['碳汇'],
  languages: [],
  maxLoad: 10,
  otherCallsLoad: 0,
}));

function base(): PlanInput {
  return {
    applications,
    perApplication: 2,
    reviewers,
    conflicts: [],
    assignments: [],
    mode: 'replace-unlocked',
  };
}

function loads(input: PlanInput): Record<string, number> {
  const plan = planAssignment(input);
  return Object.fromEntries(solveAssignment(plan.problem).loads);
}

describe('reviewer record rules in auto-assignment', () => {
  it('changes nothing when the rules are off (the default)', () => {
    expect(planAssignment({ ...base(), reviewerRules: {} }).problem).toEqual(planAssignment(base()).problem);
    expect(Object.values(loads(base())).every((load) => load > 0)).toBe(true);
  });

  it('gives no new reviews to a reviewer below the credit threshold while others can take them, and keeps reviewers without a score', () => {
    const ruled = loads({
      ...base(),
      reviewerRules: { minCredit: { threshold: 60, credit: { r1: 40, r2: 80, r3: null } } },
    });
    expect(ruled.r1 ?? 0).toBe(0);
    expect((ruled.r2 ?? 0) + (ruled.r3 ?? 0)).toBe(8);
  });

  it('uses a reviewer below the threshold rather than leave an application short, and only as often as needed', () => {
    const input: PlanInput = {
      ...base(),
      reviewers: reviewers.map((r) => ({ ...r, maxLoad: r.id === 'r1' ? 10 : 3 })),
      reviewerRules: { minCredit: { threshold: 60, credit: { r1: 40, r2: 80, r3: 90 } } },
    };
    const solution = solveAssignment(planAssignment(input).problem);
    expect(solution.uncovered).toEqual([]);
    // 8 slots, r2 and r3 take 3 each: r1 takes the 2 left, not one more.
    expect(solution.loads.get('r1')).toBe(2);
    // The same problem without the rule balances load and gives r1 more.
    expect(
      solveAssignment(planAssignment({ ...input, reviewerRules: {} }).problem).loads.get('r1'),
    ).toBeGreaterThan(2);
  });

  it('caps reviews per reviewer per year, counting other calls of the year (Qingdao: 10)', () => {
    const ruled = loads({
      ...base(),
      reviewerRules: { yearCap: { cap: 10, otherCallsThisYear: { r2: 9 } } },
    });
    expect(ruled.r2).toBe(1);
  });

  it('never takes away an assignment that stays', () => {
    const input: PlanInput = {
      ...base(),
      assignments: [
        { applicationId: 'a1', reviewerId: 'r1', status: 'assigned', locked: true, reviewed: false },
      ],
      reviewerRules: { minCredit: { threshold: 60, credit: { r1: 10 } } },
    };
    const plan = planAssignment(input);
    expect(plan.keep).toHaveLength(1);
    expect(solveAssignment(plan.problem).loads.get('r1')).toBe(1);
    expect(capacityUnderRules('r9', 5, 2, { yearCap: { cap: 10, otherCallsThisYear: { r9: 12 } } })).toBe(2);
    expect(capacityUnderRules('r9', 5, 0, { yearCap: { cap: 10, otherCallsThisYear: { r9: 12 } } })).toBe(0);
  });
});
