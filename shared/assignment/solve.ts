/**
 * Auto-assignment as a minimum-cost flow:
 *
 *   source ─(open slots of a, cost 0)→ application a ─(1, expertise cost)→ reviewer r
 *          ─(parallel unit arcs, marginal load costs)→ sink
 *
 * An application→reviewer arc exists only when the pair is allowed (no conflict, not already
 * fixed, a shared language where both declare one — languages.ts), and has capacity 1, so a reviewer holds at most one slot per application. Reviewer→sink
 * arcs stop at the maximum load (fixed assignments use the first, cheapest ones); a reviewer used
 * last pays `usedLastCost` more on each of them. A maximum flow of least cost covers as many slots
 * as any assignment can, and among those is optimal for cost.ts.
 */
import { applicationProfile, reviewerProfile, type ExpertiseProfile } from './expertise';
import {
  DEFAULT_BALANCE_WEIGHT,
  expertiseCost,
  marginalLoadCost,
  meanLoad,
  objective,
  usedLastCost,
} from './cost';
import { languagesCompatible } from './languages';
import { MatchTable } from './match-table';
import { FlowNetwork } from './min-cost-flow';
import type {
  AssignmentProblem,
  AssignmentSolution,
  Pair,
  ProposedAssignment,
  SolveProgress,
  UncoveredApplication,
} from './types';

/** Solves `problem`, yielding progress after each shortest-path phase (callers may stop early). */
export function* solveAssignmentSteps(
  problem: AssignmentProblem,
): Generator<SolveProgress, AssignmentSolution> {
  const { applications, reviewers } = problem;
  const appIndex = indexById(applications, 'application');
  const reviewerIndex = indexById(reviewers, 'reviewer');
  const forbidden = pairSets(problem.forbidden, appIndex, reviewerIndex);
  const fixed = pairSets(problem.fixed, appIndex, reviewerIndex);
  const fixedLoad = new Int32Array(reviewers.length);
  for (const set of fixed) for (const r of set) fixedLoad[r] = (fixedLoad[r] as number) + 1;

  const source = 0;
  const firstReviewer = 1 + applications.length;
  const sink = firstReviewer + reviewers.length;
  const network = new FlowNetwork(sink + 1);
  const mean = meanLoad(problem);
  const weight = problem.balanceWeight ?? DEFAULT_BALANCE_WEIGHT;
  const openSlots = applications.reduce(
    (sum, application, a) => sum + Math.max(0, application.wanted - (fixed[a] as Set<number>).size),
    0,
  );
  const lastCost = reviewers.some((reviewer) => reviewer.usedLast)
    ? usedLastCost(openSlots, Math.max(...reviewers.map((reviewer) => reviewer.maxLoad)), mean, weight)
    : 0;

  reviewers.forEach((reviewer, r) => {
    const extra = reviewer.usedLast ? lastCost : 0;
    // Group consecutive slots of equal marginal cost into one arc (same flow, fewer arcs).
    let j = (fixedLoad[r] as number) + 1;
    while (j <= reviewer.maxLoad) {
      const cost = marginalLoadCost(j, mean, weight);
      let run = 1;
      while (j + run <= reviewer.maxLoad && marginalLoadCost(j + run, mean, weight) === cost) run += 1;
      network.addArc(firstReviewer + r, sink, run, cost + extra);
      j += run;
    }
  });

  const table = new MatchTable();
  const reviewerProfiles = reviewers.map((reviewer) => table.intern(reviewerProfile(reviewer.expertise)));
  const open = new Int32Array(applications.length);
  const pairArcs: { a: number; r: number; arc: number; match: number }[] = [];
  applications.forEach((application, a) => {
    const taken = fixed[a] as Set<number>;
    open[a] = Math.max(0, application.wanted - taken.size);
    if (open[a] === 0) return;
    network.addArc(source, 1 + a, open[a] as number, 0);
    const profile = table.intern(applicationProfile(application.keywords, application.discipline));
    const blocked = forbidden[a] as Set<number>;
    reviewers.forEach((reviewer, r) => {
      if (blocked.has(r) || taken.has(r) || reviewer.maxLoad <= (fixedLoad[r] as number)) return;
      if (!languagesCompatible(application.languages ?? [], reviewer.languages ?? [])) return;
      const match = MatchTable.match(profile, reviewerProfiles[r] as ReturnType<MatchTable['intern']>);
      pairArcs.push({ a, r, arc: network.addArc(1 + a, firstReviewer + r, 1, expertiseCost(match)), match });
    });
  });

  const openTotal = open.reduce((sum, slots) => sum + slots, 0);
  const steps = network.solve(source, sink);
  for (let step = steps.next(); !step.done; step = steps.next()) {
    yield { filled: step.value.flow, open: openTotal };
  }

  const assignments: ProposedAssignment[] = [];
  const assignedCount = Int32Array.from(fixed, (set) => set.size);
  const loads = new Map(reviewers.map((reviewer, r) => [reviewer.id, fixedLoad[r] as number]));
  for (const { a, r, arc, match } of pairArcs) {
    if (network.flowOn(arc) !== 1) continue;
    const applicationId = (applications[a] as AssignmentProblem['applications'][number]).id;
    const reviewerId = (reviewers[r] as AssignmentProblem['reviewers'][number]).id;
    assignments.push({ applicationId, reviewerId, match });
    assignedCount[a] = (assignedCount[a] as number) + 1;
    loads.set(reviewerId, (loads.get(reviewerId) ?? 0) + 1);
  }

  return {
    assignments,
    uncovered: uncoveredReport(problem, forbidden, assignedCount),
    cost: objective(problem, [...fixedPairs(problem, fixed), ...assignments], profilesById(problem)),
    loads,
  };
}

/** Solves `problem` to the end. */
export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  const steps = solveAssignmentSteps(problem);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function uncoveredReport(
  problem: AssignmentProblem,
  forbidden: Set<number>[],
  assignedCount: Int32Array,
): UncoveredApplication[] {
  const withCapacity = problem.reviewers.filter((reviewer) => reviewer.maxLoad > 0).length;
  const report: UncoveredApplication[] = [];
  problem.applications.forEach((application, a) => {
    const assigned = assignedCount[a] as number;
    if (assigned >= application.wanted) return;
    const blocked = forbidden[a] as Set<number>;
    let conflicted = 0;
    let languageMismatched = 0;
    problem.reviewers.forEach((reviewer, r) => {
      if (reviewer.maxLoad <= 0) return;
      if (blocked.has(r)) conflicted += 1;
      else if (!languagesCompatible(application.languages ?? [], reviewer.languages ?? []))
        languageMismatched += 1;
    });
    const eligible = withCapacity - conflicted - languageMismatched;
    const reason =
      withCapacity < application.wanted
        ? 'too-few-reviewers'
        : withCapacity - conflicted < application.wanted
          ? 'conflicts'
          : eligible < application.wanted
            ? 'language'
            : 'capacity';
    report.push({
      applicationId: application.id,
      wanted: application.wanted,
      assigned,
      conflicted,
      languageMismatched,
      eligible,
      reason,
    });
  });
  return report;
}

/** The fixed pairs the solver used: known ids only, each once. */
function fixedPairs(problem: AssignmentProblem, fixed: Set<number>[]): Pair[] {
  return fixed.flatMap((set, a) =>
    [...set].map((r) => ({
      applicationId: (problem.applications[a] as AssignmentProblem['applications'][number]).id,
      reviewerId: (problem.reviewers[r] as AssignmentProblem['reviewers'][number]).id,
    })),
  );
}

function indexById(items: readonly { id: string }[], what: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) throw new RangeError(`duplicate ${what} id ${item.id}`);
    index.set(item.id, i);
  });
  return index;
}

/** Per application index, the reviewer indices of `pairs`; pairs naming unknown ids are ignored. */
function pairSets(pairs: readonly Pair[], appIndex: Map<string, number>, reviewerIndex: Map<string, number>) {
  const sets = Array.from({ length: appIndex.size }, () => new Set<number>());
  for (const pair of pairs) {
    const a = appIndex.get(pair.applicationId);
    const r = reviewerIndex.get(pair.reviewerId);
    if (a !== undefined && r !== undefined) (sets[a] as Set<number>).add(r);
  }
  return sets;
}

function profilesById(problem: AssignmentProblem): {
  applications: Map<string, ExpertiseProfile>;
  reviewers: Map<string, ExpertiseProfile>;
} {
  return {
    applications: new Map(
      problem.applications.map((application) => [
        application.id,
        applicationProfile(application.keywords, application.discipline),
      ]),
    ),
    reviewers: new Map(
      problem.reviewers.map((reviewer) => [reviewer.id, reviewerProfile(reviewer.expertise)]),
    ),
  };
}
