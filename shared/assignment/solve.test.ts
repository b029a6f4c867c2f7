import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objective } from './cost';
import { applicationProfile, reviewerProfile } from './expertise';
import { solveAssignment } from './solve';
import type { AssignmentProblem, Pair } from './types';

const VOCABULARY = ['机器学习', '深度学习', 'catalysis', 'graphene', 'ecology', 'remote sensing', '水稻育种'];

const problemArbitrary = (sizes: { apps: number; reviewers: number; wanted: number; load: number }) =>
  fc
    .record({
      applications: fc.array(
        fc.record({
          keywords: fc.subarray(VOCABULARY, { maxLength: 3 }),
          discipline: fc.constantFrom('', 'F06', 'B05', '机器学习'),
          wanted: fc.integer({ min: 1, max: sizes.wanted }),
        }),
        { minLength: 1, maxLength: sizes.apps },
      ),
      reviewers: fc.array(
        fc.record({
          expertise: fc.subarray(VOCABULARY, { maxLength: 4 }),
          maxLoad: fc.integer({ min: 0, max: sizes.load }),
        }),
        { minLength: 1, maxLength: sizes.reviewers },
      ),
      forbiddenBits: fc.array(fc.boolean(), {
        minLength: sizes.apps * sizes.reviewers,
        maxLength: sizes.apps * sizes.reviewers,
      }),
      fixedBits: fc.array(fc.integer({ min: 0, max: 5 }), {
        minLength: sizes.apps * sizes.reviewers,
        maxLength: sizes.apps * sizes.reviewers,
      }),
      balanceWeight: fc.integer({ min: 0, max: 120 }),
    })
    .map(({ applications, reviewers, forbiddenBits, fixedBits, balanceWeight }): AssignmentProblem => {
      const forbidden: Pair[] = [];
      const fixed: Pair[] = [];
      const fixedLoad = new Map<string, number>();
      applications.forEach((application, a) => {
        let fixedHere = 0;
        reviewers.forEach((reviewer, r) => {
          const cell = a * sizes.reviewers + r;
          const pair = { applicationId: `A${a}`, reviewerId: `R${r}` };
          const load = fixedLoad.get(pair.reviewerId) ?? 0;
          if (forbiddenBits[cell]) forbidden.push(pair);
          else if (fixedBits[cell] === 0 && fixedHere < application.wanted && load < reviewer.maxLoad) {
            fixed.push(pair);
            fixedHere += 1;
            fixedLoad.set(pair.reviewerId, load + 1);
          }
        });
      });
      return {
        applications: applications.map((application, a) => ({ id: `A${a}`, ...application })),
        reviewers: reviewers.map((reviewer, r) => ({ id: `R${r}`, ...reviewer })),
        forbidden,
        fixed,
        balanceWeight,
      };
    });

function profiles(problem: AssignmentProblem) {
  return {
    applications: new Map(
      problem.applications.map((a) => [a.id, applicationProfile(a.keywords, a.discipline)]),
    ),
    reviewers: new Map(problem.reviewers.map((r) => [r.id, reviewerProfile(r.expertise)])),
  };
}

/** Every feasible completion of the fixed pairs: the most slots covered, then the least cost. */
function bruteForce(problem: AssignmentProblem): { covered: number; cost: number } {
  const key = (pair: Pair) => `${pair.applicationId}|${pair.reviewerId}`;
  const forbidden = new Set(problem.forbidden.map(key));
  const fixed = new Set(problem.fixed.map(key));
  const load = new Map(problem.reviewers.map((r) => [r.id, 0]));
  for (const pair of problem.fixed) load.set(pair.reviewerId, (load.get(pair.reviewerId) ?? 0) + 1);
  const maxLoad = new Map(problem.reviewers.map((r) => [r.id, r.maxLoad]));
  const byId = profiles(problem);
  let best = { covered: -1, cost: Infinity };
  const chosen: Pair[] = [];

  const visit = (a: number): void => {
    if (a === problem.applications.length) {
      const cost = objective(problem, [...problem.fixed, ...chosen], byId);
      const covered = problem.fixed.length + chosen.length;
      if (covered > best.covered || (covered === best.covered && cost < best.cost)) best = { covered, cost };
      return;
    }
    const application = problem.applications[a]!;
    const open = application.wanted - problem.fixed.filter((p) => p.applicationId === application.id).length;
    const candidates = problem.reviewers
      .map((r) => ({ applicationId: application.id, reviewerId: r.id }))
      .filter((pair) => !forbidden.has(key(pair)) && !fixed.has(key(pair)));
    const pick = (start: number, left: number): void => {
      visit(a + 1);
      if (left === 0) return;
      for (let i = start; i < candidates.length; i += 1) {
        const pair = candidates[i]!;
        const current = load.get(pair.reviewerId)!;
        if (current >= maxLoad.get(pair.reviewerId)!) continue;
        load.set(pair.reviewerId, current + 1);
        chosen.push(pair);
        pick(i + 1, left - 1);
        chosen.pop();
        load.set(pair.reviewerId, current);
      }
    };
    pick(0, open);
  };
  visit(0);
  return best;
}

describe('auto-assignment solver', () => {
  it('matches brute force on small random instances (most slots covered, then least cost)', () => {
    fc.assert(
      fc.property(problemArbitrary({ apps: 4, reviewers: 4, wanted: 2, load: 3 }), (problem) => {
        const solution = solveAssignment(problem);
        const best = bruteForce(problem);
        expect(problem.fixed.length + solution.assignments.length).toBe(best.covered);
        expect(solution.cost).toBe(best.cost);
        expect(solution.cost).toBe(
          objective(problem, [...problem.fixed, ...solution.assignments], profiles(problem)),
        );
      }),
      { numRuns: 300, seed: 20261127 },
    );
  });

  it('never assigns a forbidden pair, keeps fixed pairs, respects loads and one slot per pair', () => {
    fc.assert(
      fc.property(problemArbitrary({ apps: 25, reviewers: 12, wanted: 4, load: 8 }), (problem) => {
        const solution = solveAssignment(problem);
        const key = (pair: Pair) => `${pair.applicationId}|${pair.reviewerId}`;
        const forbidden = new Set(problem.forbidden.map(key));
        const all = [...problem.fixed, ...solution.assignments];
        expect(solution.assignments.some((pair) => forbidden.has(key(pair)))).toBe(false);
        expect(new Set(all.map(key)).size).toBe(all.length);
        for (const reviewer of problem.reviewers) {
          const load = all.filter((pair) => pair.reviewerId === reviewer.id).length;
          expect(load).toBeLessThanOrEqual(reviewer.maxLoad);
          expect(solution.loads.get(reviewer.id)).toBe(load);
        }
        for (const application of problem.applications) {
          const count = all.filter((pair) => pair.applicationId === application.id).length;
          expect(count).toBeLessThanOrEqual(application.wanted);
          const uncovered = solution.uncovered.find((u) => u.applicationId === application.id);
          expect(uncovered?.assigned ?? application.wanted).toBe(count);
        }
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('prefers the reviewer whose expertise matches', () => {
    const solution = solveAssignment({
      applications: [{ id: 'a', keywords: ['graphene', 'catalysis'], discipline: 'B05', wanted: 1 }],
      reviewers: [
        { id: 'ecologist', expertise: ['ecology'], maxLoad: 5 },
        { id: 'chemist', expertise: ['Graphene', ' catalysis '], maxLoad: 5 },
      ],
      forbidden: [],
      fixed: [],
    });
    expect(solution.assignments).toEqual([
      { applicationId: 'a', reviewerId: 'chemist', match: expect.any(Number) },
    ]);
    expect(solution.assignments[0]!.match).toBeGreaterThan(0.5);
  });

  it('balances load between equally matched reviewers', () => {
    const applications = Array.from({ length: 6 }, (_, i) => ({
      id: `a${i}`,
      keywords: ['ecology'],
      discipline: '',
      wanted: 1,
    }));
    const solution = solveAssignment({
      applications,
      reviewers: [
        { id: 'r1', expertise: ['ecology'], maxLoad: 6 },
        { id: 'r2', expertise: ['ecology'], maxLoad: 6 },
        { id: 'r3', expertise: ['ecology'], maxLoad: 6 },
      ],
      forbidden: [],
      fixed: [],
    });
    expect([...solution.loads.values()]).toEqual([2, 2, 2]);
  });

  it('reports uncovered applications with the reason', () => {
    const none = { keywords: [], discipline: '' };
    const reviewers = [
      { id: 'r1', expertise: [], maxLoad: 1 },
      { id: 'r2', expertise: [], maxLoad: 1 },
      { id: 'r3', expertise: [], maxLoad: 1 },
      { id: 'idle', expertise: [], maxLoad: 0 },
    ];
    const conflicts = solveAssignment({
      applications: [{ id: 'a', wanted: 2, ...none }],
      reviewers,
      forbidden: [
        { applicationId: 'a', reviewerId: 'r1' },
        { applicationId: 'a', reviewerId: 'r2' },
      ],
      fixed: [],
    });
    expect(conflicts.uncovered).toEqual([
      {
        applicationId: 'a',
        wanted: 2,
        assigned: 1,
        conflicted: 2,
        languageMismatched: 0,
        eligible: 1,
        reason: 'conflicts',
      },
    ]);

    const tooFew = solveAssignment({
      applications: [{ id: 'a', wanted: 4, ...none }],
      reviewers,
      forbidden: [],
      fixed: [],
    });
    expect(tooFew.uncovered).toEqual([
      {
        applicationId: 'a',
        wanted: 4,
        assigned: 3,
        conflicted: 0,
        languageMismatched: 0,
        eligible: 3,
        reason: 'too-few-reviewers',
      },
    ]);

    const capacity = solveAssignment({
      applications: [
        { id: 'first', wanted: 3, ...none },
        { id: 'late', wanted: 2, ...none },
      ],
      reviewers,
      forbidden: [],
      fixed: [
        { applicationId: 'first', reviewerId: 'r1' },
        { applicationId: 'first', reviewerId: 'r2' },
        { applicationId: 'first', reviewerId: 'r3' },
      ],
    });
    expect(capacity.assignments).toEqual([]);
    expect(capacity.uncovered).toEqual([
      {
        applicationId: 'late',
        wanted: 2,
        assigned: 0,
        conflicted: 0,
        languageMismatched: 0,
        eligible: 3,
        reason: 'capacity',
      },
    ]);
  });

  it('keeps fixed assignments and fills only the open slots', () => {
    const solution = solveAssignment({
      applications: [{ id: 'a', keywords: ['ecology'], discipline: '', wanted: 2 }],
      reviewers: [
        { id: 'locked', expertise: [], maxLoad: 1 },
        { id: 'best', expertise: ['ecology'], maxLoad: 1 },
        { id: 'other', expertise: ['ecology'], maxLoad: 1 },
      ],
      forbidden: [],
      fixed: [{ applicationId: 'a', reviewerId: 'locked' }],
    });
    expect(solution.assignments).toHaveLength(1);
    expect(solution.assignments[0]!.reviewerId).not.toBe('locked');
    expect(solution.uncovered).toEqual([]);
    expect(solution.loads.get('locked')).toBe(1);
  });
});
