import { describe, expect, it } from 'vitest';
import { templateIdSchema } from '../domain/call';
import { isOnScale } from '../domain/review-validation';
import { rubricSchema, type Rubric, type ScoredCriterion } from '../domain/rubric';
import { rubricProblems } from '../domain/rubric-consistency';
import { overallScore, thresholdStatus } from '../domain/review-score';
import { horizonEuropeRubric } from './horizon-europe';
import { rubricTemplates } from './index';

const scored = (rubric: Rubric) =>
  rubric.criteria.filter((criterion): criterion is ScoredCriterion => criterion.type === 'score');
const byId = (rubric: Rubric, id: string) => {
  const criterion = rubric.criteria.find((candidate) => candidate.id === id);
  if (!criterion) throw new Error(`no criterion ${id}`);
  return criterion;
};
const levelCodes = (criterion: ReturnType<typeof byId>) =>
  criterion.type === 'score' ? criterion.scale.levels?.map((level) => level.code) : undefined;

describe('rubric templates', () => {
  it('covers every template id exactly once', () => {
    expect(rubricTemplates.map((template) => template.id).sort()).toEqual(
      [...templateIdSchema.options].sort(),
    );
  });

  describe.each(rubricTemplates.map((template) => [template.id, template] as const))('%s', (id, template) => {
    const rubric = template.rubric();

    it('parses with the rubric schema and names its template', () => {
      expect(rubricSchema.parse(rubric)).toEqual(rubric);
      expect(rubric.template).toBe(id);
    });

    it('is internally consistent', () => {
      expect(rubricProblems(rubric)).toEqual([]);
    });

    it('has every label, guidance and descriptor in both languages', () => {
      const texts = [
        template.name,
        template.description,
        rubric.name,
        ...rubric.criteria.flatMap((criterion) => [
          criterion.label,
          criterion.guidance,
          ...(criterion.type === 'choice'
            ? criterion.options.map((option) => option.label)
            : (criterion.scale.levels ?? []).flatMap((level) => [level.label, level.descriptor])),
        ]),
        ...rubric.recommendations.map((option) => option.label),
        ...rubric.comments.map((field) => field.label),
      ];
      for (const text of texts) {
        expect(text.zh.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        expect(/\p{Script=Han}/u.test(text.zh)).toBe(true);
      }
    });

    it('puts every level and threshold on its scale grid, and levels cover both ends', () => {
      for (const criterion of scored(rubric)) {
        const grid = { ...criterion.scale, levels: undefined };
        const values = (criterion.scale.levels ?? []).map((level) => level.value);
        for (const value of values) expect(isOnScale(grid, value)).toBe(true);
        if (values.length > 0) {
          expect(Math.min(...values)).toBe(criterion.scale.min);
          expect(Math.max(...values)).toBe(criterion.scale.max);
        }
        if (criterion.threshold !== null) expect(isOnScale(criterion.scale, criterion.threshold)).toBe(true);
      }
    });

    it('returns a fresh copy each time', () => {
      const first = template.rubric();
      first.criteria.pop();
      expect(template.rubric().criteria).toHaveLength(rubric.criteria.length);
    });
  });

  it('NSFC: 优/良/中/差 and 优先资助/可资助/不予资助', () => {
    const rubric = rubricTemplates.find((template) => template.id === 'nsfc')!.rubric();
    for (const criterion of scored(rubric))
      expect(criterion.scale.levels?.map((level) => level.label.zh)).toEqual(['优', '良', '中', '差']);
    expect(rubric.recommendations.map((option) => option.label.zh)).toEqual([
      '优先资助',
      '可资助',
      '不予资助',
    ]);
    expect(rubric.recommendationRequired).toBe(true);
  });

  it('Horizon Europe: three criteria 0–5 in half points, thresholds 3 and 10, Impact weight option', () => {
    const rubric = horizonEuropeRubric();
    expect(scored(rubric).map((criterion) => criterion.id)).toEqual([
      'excellence',
      'impact',
      'implementation',
    ]);
    for (const criterion of scored(rubric)) {
      expect(criterion.scale).toMatchObject({ min: 0, max: 5, step: 0.5 });
      expect(criterion.scale.levels).toHaveLength(11);
      expect(criterion.threshold).toBe(3);
      expect(isOnScale(criterion.scale, 3.5)).toBe(true);
      expect(isOnScale(criterion.scale, 3.25)).toBe(false);
    }
    expect(rubric.totalThreshold).toBe(10);
    expect(thresholdStatus(rubric, { excellence: 4, impact: 3, implementation: 3 }).passed).toBe(true);
    expect(thresholdStatus(rubric, { excellence: 5, impact: 2.5, implementation: 5 }).passed).toBe(false);
    expect(thresholdStatus(rubric, { excellence: 3, impact: 3, implementation: 3.5 }).passed).toBe(false);
    const weighted = horizonEuropeRubric({ impactWeight: 1.5 });
    expect((byId(weighted, 'impact') as ScoredCriterion).weight).toBe(1.5);
    expect(overallScore(weighted, { excellence: 4, impact: 4, implementation: 4 })).toBe(14);
    expect(rubricProblems(weighted)).toEqual([]);
  });

  it('NIH 2025: two factors 1–9 with 1 best, a third appropriate / gaps identified', () => {
    const rubric = rubricTemplates.find((template) => template.id === 'nih-2025')!.rubric();
    for (const id of ['importance', 'rigor', 'overall-impact']) {
      const criterion = byId(rubric, id) as ScoredCriterion;
      expect(criterion.scale).toMatchObject({ min: 1, max: 9, step: 1, direction: 'lower-is-better' });
      expect(criterion.scale.levels?.[0]?.label.en).toBe('1 Exceptional');
    }
    const third = byId(rubric, 'expertise');
    expect(third.type === 'choice' && third.options.map((option) => option.id)).toEqual([
      'appropriate',
      'gaps',
    ]);
    expect(rubric.nihScoring).toBe(true);
    expect(overallScore(rubric, { importance: 5, rigor: 7, 'overall-impact': 2 })).toBe(2);
  });

  it('SNSF: six grades A, AB, B, BC, C, D', () => {
    const rubric = rubricTemplates.find((template) => template.id === 'snsf')!.rubric();
    for (const criterion of rubric.criteria)
      expect(levelCodes(criterion)).toEqual(['A', 'AB', 'B', 'BC', 'C', 'D']);
  });

  it('杰青 lump sum asks a budget opinion; the challenge call has a total threshold', () => {
    const jieqing = rubricTemplates.find((template) => template.id === 'jieqing-lump-sum')!;
    expect(jieqing.category).toBe('lump-sum');
    expect(jieqing.rubric().budgetOpinionAsked).toBe(true);
    const challenge = rubricTemplates.find((template) => template.id === 'challenge')!;
    expect(challenge.category).toBe('challenge');
    expect(challenge.rubric().totalThreshold).toBe(6);
    const weights = scored(challenge.rubric()).reduce((sum, criterion) => sum + criterion.weight, 0);
    expect(weights).toBeCloseTo(1, 10);
  });
});

describe('rubricProblems', () => {
  const base = () => rubricTemplates.find((template) => template.id === 'horizon-europe')!.rubric();

  it('finds a threshold off the scale, a level off the grid, duplicate ids and an unreachable total', () => {
    const rubric = base();
    const [first, second] = scored(rubric) as [ScoredCriterion, ScoredCriterion];
    first.threshold = 3.25;
    first.scale.levels![1]!.value = 0.7;
    second.id = first.id;
    rubric.totalThreshold = 16;
    const codes = rubricProblems(rubric).map((problem) => `${problem.path}:${problem.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'criteria.0.threshold:thresholdOffScale',
        'criteria.0.scale.levels.1.value:levelOffScale',
        'criteria.1.id:duplicateId',
        'totalThreshold:totalThresholdOutOfRange',
      ]),
    );
  });

  it('finds a step that does not divide the range, mixed directions and no weighted criterion', () => {
    const rubric = base();
    const [first, second] = scored(rubric) as [ScoredCriterion, ScoredCriterion];
    first.scale = { min: 0, max: 5, step: 2, direction: 'higher-is-better' };
    second.scale = { ...second.scale, direction: 'lower-is-better' };
    expect(rubricProblems(rubric).map((problem) => problem.code)).toEqual(
      expect.arrayContaining(['stepNotWhole', 'mixedDirections']),
    );
    for (const criterion of scored(rubric)) criterion.weight = 0;
    expect(rubricProblems(rubric).map((problem) => problem.code)).toContain('noWeightedCriterion');
  });
});
