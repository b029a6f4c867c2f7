/**
 * From the stored state of a call to the solver's problem: which current assignments stay, which
 * go, and which pairs are forbidden.
 *
 * - Forbidden: every conflict (回避) and every pair the reviewer recused from. Languages travel with
 *   the problem; the solver never pairs sides that declare languages without a shared one.
 * - An `assigned` pair that is now conflicted is released, whatever else holds.
 * - Kept (fixed): locked pairs, pairs with a review, and in `fill-gaps` mode every assigned pair.
 * - Removed: the other assigned pairs (`replace-unlocked` mode), so the solver may place them anew.
 * - A reviewer's capacity in this call is their maximum load minus their assignments elsewhere.
 */
import { belowCreditThreshold, capacityUnderRules, type ReviewerRules } from './reviewer-rules';
import type { AssignmentProblem, Pair } from './types';

export type AssignMode = 'replace-unlocked' | 'fill-gaps';

export interface PlanInput {
  applications: readonly {
    id: string;
    keywords: readonly string[];
    discipline: string;
    languages: readonly string[];
  }[];
  /** Reviewers wanted per application (k). */
  perApplication: number;
  reviewers: readonly {
    id: string;
    expertise: readonly string[];
    languages: readonly string[];
    maxLoad: number;
    otherCallsLoad: number;
  }[];
  conflicts: readonly Pair[];
  assignments: readonly (Pair & {
    status: 'assigned' | 'recused' | 'released';
    locked: boolean;
    reviewed: boolean;
  })[];
  mode: AssignMode;
  /** Credit threshold and yearly cap from the reviewer record; off when left out. */
  reviewerRules?: ReviewerRules;
}

export interface AssignmentPlan {
  problem: AssignmentProblem;
  keep: Pair[];
  remove: Pair[];
  /** Assigned pairs that are conflicted; they are part of `remove`. */
  releasedConflicts: Pair[];
}

const key = (pair: Pair): string => `${pair.applicationId}\u0000${pair.reviewerId}`;

export function planAssignment(input: PlanInput): AssignmentPlan {
  const conflicted = new Set(input.conflicts.map(key));
  const active = new Set(input.applications.map((application) => application.id));
  const forbidden: Pair[] = [...input.conflicts];
  const keep: Pair[] = [];
  const remove: Pair[] = [];
  const releasedConflicts: Pair[] = [];
  for (const assignment of input.assignments) {
    const pair = { applicationId: assignment.applicationId, reviewerId: assignment.reviewerId };
    if (assignment.status === 'recused') {
      forbidden.push(pair);
      continue;
    }
    if (assignment.status !== 'assigned') continue;
    if (conflicted.has(key(pair))) {
      remove.push(pair);
      releasedConflicts.push(pair);
    } else if (!active.has(pair.applicationId)) {
      // Withdrawn or ineligible applications are left as the officer set them.
      continue;
    } else if (input.mode === 'fill-gaps' || assignment.locked || assignment.reviewed) {
      keep.push(pair);
    } else {
      remove.push(pair);
    }
  }
  return {
    problem: {
      applications: input.applications.map((application) => ({
        id: application.id,
        keywords: application.keywords,
        discipline: application.discipline,
        languages: application.languages,
        wanted: input.perApplication,
      })),
      reviewers: input.reviewers.map((reviewer) => ({
        id: reviewer.id,
        expertise: reviewer.expertise,
        languages: reviewer.languages,
        maxLoad: ruledCapacity(
          reviewer.id,
          Math.max(0, reviewer.maxLoad - reviewer.otherCallsLoad),
          keep,
          input.reviewerRules,
        ),
        ...(input.reviewerRules && belowCreditThreshold(reviewer.id, input.reviewerRules)
          ? { usedLast: true }
          : {}),
      })),
      forbidden,
      fixed: keep,
    },
    keep,
    remove,
    releasedConflicts,
  };
}

function ruledCapacity(
  reviewerId: string,
  capacity: number,
  keep: readonly Pair[],
  rules: ReviewerRules | undefined,
): number {
  if (!rules) return capacity;
  const kept = keep.filter((pair) => pair.reviewerId === reviewerId).length;
  return capacityUnderRules(reviewerId, capacity, kept, rules);
}
