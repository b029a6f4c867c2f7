/** The auto-assignment problem (分配) and its answer, independent of storage. */

export interface AssignmentApplication {
  id: string;
  keywords: readonly string[];
  discipline: string;
  /** Languages the application is written in (`zh`, `en`); absent or empty: not declared. */
  languages?: readonly string[];
  /** Reviewers wanted in total (k), counting those already fixed. */
  wanted: number;
}

export interface AssignmentReviewer {
  id: string;
  expertise: readonly string[];
  /** Languages the reviewer reviews in; absent or empty: not declared. */
  languages?: readonly string[];
  /** Most applications this reviewer takes in this call, counting fixed ones. */
  maxLoad: number;
  /**
   * Given a new review only where no arrangement of the other reviewers can take it (a credit score
   * below the officer's threshold, reviewer-rules.ts). Absent: an ordinary reviewer.
   */
  usedLast?: boolean;
}

export interface Pair {
  applicationId: string;
  reviewerId: string;
}

export interface AssignmentProblem {
  applications: readonly AssignmentApplication[];
  reviewers: readonly AssignmentReviewer[];
  /** Pairs that may never be assigned (回避: conflicts, recusals). */
  forbidden: readonly Pair[];
  /** Assignments that stay as they are (locked ones); they count toward `wanted` and loads. */
  fixed: readonly Pair[];
  /** How strongly load is balanced against expertise; default DEFAULT_BALANCE_WEIGHT. */
  balanceWeight?: number;
}

/** Why an application got fewer reviewers than wanted. */
export type UncoveredReason =
  /** Fewer reviewers with any capacity exist than the application wants. */
  | 'too-few-reviewers'
  /** Enough reviewers exist, but too many of them have a conflict with this application. */
  | 'conflicts'
  /** Enough reviewers without conflict exist, but too few of them share the application's language. */
  | 'language'
  /** Enough reviewers without conflict exist, but their maximum loads are used up. */
  | 'capacity';

export interface UncoveredApplication {
  applicationId: string;
  wanted: number;
  assigned: number;
  /** Reviewers with capacity > 0 that have a conflict with this application. */
  conflicted: number;
  /** Reviewers with capacity > 0 and no conflict that share no language with the application. */
  languageMismatched: number;
  /** Reviewers with capacity > 0, no conflict and a shared language (including those assigned). */
  eligible: number;
  reason: UncoveredReason;
}

export interface ProposedAssignment extends Pair {
  /** Expertise match in [0, 1]. */
  match: number;
}

export interface AssignmentSolution {
  /** New assignments only; fixed ones are not repeated. */
  assignments: ProposedAssignment[];
  uncovered: UncoveredApplication[];
  /** Objective value of fixed + new assignments (see cost.ts). */
  cost: number;
  /** Final load per reviewer id, fixed + new. */
  loads: Map<string, number>;
}

export interface SolveProgress {
  /** Slots filled so far and slots open at the start. */
  filled: number;
  open: number;
}
