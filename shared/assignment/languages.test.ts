import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languagesCompatible } from './languages';
import { solveAssignment } from './solve';
import type { AssignmentProblem } from './types';

const LANGUAGE_SETS: readonly (readonly string[])[] = [[], ['zh'], ['en'], ['zh', 'en'], ['de']];
const VOCABULARY = ['机器学习', 'catalysis', 'graphene', 'ecology', '水稻育种'];

const problemArbitrary = fc
  .record({
    applications: fc.array(
      fc.record({
        keywords: fc.subarray(VOCABULARY, { maxLength: 3 }),
        languages: fc.constantFrom(...LANGUAGE_SETS),
        wanted: fc.integer({ min: 1, max: 3 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    reviewers: fc.array(
      fc.record({
        expertise: fc.subarray(VOCABULARY, { maxLength: 3 }),
        languages: fc.constantFrom(...LANGUAGE_SETS),
        maxLoad: fc.integer({ min: 0, max: 6 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ applications, reviewers }): AssignmentProblem => ({
    applications: applications.map((application, a) => ({ id: `A${a}`, discipline: '', ...application })),
    reviewers: reviewers.map((reviewer, r) => ({ id: `R${r}`, ...reviewer })),
    forbidden: [],
    fixed: [],
  }));

describe('language is a hard constraint of auto-assignment', () => {
  it('never pairs a reviewer and an application whose declared languages do not overlap', () => {
    fc.assert(
      fc.property(problemArbitrary, (problem) => {
        const languagesOf = new Map(
          [...problem.applications, ...problem.reviewers].map((side) => [side.id, side.languages ?? []]),
        );
        for (const pair of solveAssignment(problem).assignments) {
          const application = languagesOf.get(pair.applicationId) ?? [];
          const reviewer = languagesOf.get(pair.reviewerId) ?? [];
          expect(languagesCompatible(application, reviewer)).toBe(true);
        }
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });

  it('reports every application left short of reviewers instead of filling it across languages', () => {
    fc.assert(
      fc.property(problemArbitrary, (problem) => {
        const solution = solveAssignment(problem);
        const uncovered = new Map(solution.uncovered.map((row) => [row.applicationId, row]));
        for (const application of problem.applications) {
          const assigned = solution.assignments.filter((p) => p.applicationId === application.id).length;
          const row = uncovered.get(application.id);
          if (assigned < application.wanted) expect(row?.assigned).toBe(assigned);
          else expect(row).toBeUndefined();
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('leaves a Chinese application uncovered with the reason `language` when only English readers are free', () => {
    const solution = solveAssignment({
      applications: [{ id: 'zh-app', keywords: ['ecology'], discipline: '', languages: ['zh'], wanted: 2 }],
      reviewers: [
        { id: 'bilingual', expertise: ['生态'], languages: ['zh', 'en'], maxLoad: 5 },
        { id: 'english-expert', expertise: ['ecology'], languages: ['en'], maxLoad: 5 },
        { id: 'undeclared', expertise: [], maxLoad: 5 },
      ],
      forbidden: [],
      fixed: [],
    });
    expect(solution.assignments.map((pair) => pair.reviewerId).sort()).toEqual(['bilingual', 'undeclared']);

    const short = solveAssignment({
      applications: [{ id: 'zh-app', keywords: ['ecology'], discipline: '', languages: ['zh'], wanted: 2 }],
      reviewers: [
        { id: 'bilingual', expertise: ['生态'], languages: ['zh', 'en'], maxLoad: 5 },
        { id: 'english-expert', expertise: ['ecology'], languages: ['en'], maxLoad: 5 },
      ],
      forbidden: [],
      fixed: [],
    });
    expect(short.assignments.map((pair) => pair.reviewerId)).toEqual(['bilingual']);
    expect(short.uncovered).toEqual([
      {
        applicationId: 'zh-app',
        wanted: 2,
        assigned: 1,
        conflicted: 0,
        languageMismatched: 1,
        eligible: 1,
        reason: 'language',
      },
    ]);
  });

  it('treats a side without declared languages as accepting any', () => {
    expect(languagesCompatible([], ['en'])).toBe(true);
    expect(languagesCompatible(['zh'], [])).toBe(true);
    expect(languagesCompatible(['zh'], ['zh', 'en'])).toBe(true);
    expect(languagesCompatible(['zh'], ['en'])).toBe(false);
  });
});
