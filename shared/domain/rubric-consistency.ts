import { isOnScale } from './review-validation';
import type { Rubric, Scale, ScoredCriterion } from './rubric';

/** What is wrong; each is an i18n key under `office.rubric.problems`, so the renderer's lookup is typed. */
export type RubricProblemCode =
  | 'duplicateId'
  | 'duplicateLevel'
  | 'labelMissing'
  | 'levelOffScale'
  | 'mixedDirections'
  | 'noWeightedCriterion'
  | 'recommendationsMissing'
  | 'stepNotWhole'
  | 'thresholdOffScale'
  | 'tooFewLevels'
  | 'totalThresholdOutOfRange';

/** One inconsistency in a rubric. */
export interface RubricProblem {
  /** Where: `criteria.2.scale.levels.0.value`, `totalThreshold`, … */
  path: string;
  code: RubricProblemCode;
  params?: Record<string, string | number>;
}

const EPSILON = 1e-9;

/**
 * What the zod schema cannot say about a rubric: ids unique, scales with a whole number of steps,
 * levels and thresholds on their scale, a total threshold the overall score can reach, one
 * direction for the weighted criteria, and labels in at least one language.
 */
export function rubricProblems(rubric: Rubric): RubricProblem[] {
  const problems: RubricProblem[] = [];
  duplicates(rubric.criteria.map((criterion) => criterion.id)).forEach((index) =>
    problems.push({ path: `criteria.${index}.id`, code: 'duplicateId' }),
  );
  rubric.criteria.forEach((criterion, index) => {
    const at = `criteria.${index}`;
    if (criterion.label.zh.trim() === '' && criterion.label.en.trim() === '')
      problems.push({ path: `${at}.label`, code: 'labelMissing' });
    if (criterion.type === 'score') problems.push(...scaleProblems(criterion.scale, `${at}.scale`));
    if (
      criterion.type === 'score' &&
      criterion.threshold !== null &&
      !isOnScale(criterion.scale, criterion.threshold)
    )
      problems.push({ path: `${at}.threshold`, code: 'thresholdOffScale' });
    if (criterion.type === 'choice')
      duplicates(criterion.options.map((option) => option.id)).forEach((option) =>
        problems.push({ path: `${at}.options.${option}.id`, code: 'duplicateId' }),
      );
  });

  const weighted = rubric.criteria.filter(
    (criterion): criterion is ScoredCriterion => criterion.type === 'score' && criterion.weight > 0,
  );
  if (weighted.length === 0) problems.push({ path: 'criteria', code: 'noWeightedCriterion' });
  if (new Set(weighted.map((criterion) => criterion.scale.direction)).size > 1)
    problems.push({ path: 'criteria', code: 'mixedDirections' });
  if (rubric.totalThreshold !== null && weighted.length > 0) {
    const [low, high] = overallRange(rubric, weighted);
    if (rubric.totalThreshold < low - EPSILON || rubric.totalThreshold > high + EPSILON)
      problems.push({
        path: 'totalThreshold',
        code: 'totalThresholdOutOfRange',
        params: { min: low, max: high },
      });
  }

  duplicates(rubric.recommendations.map((option) => option.id)).forEach((index) =>
    problems.push({ path: `recommendations.${index}.id`, code: 'duplicateId' }),
  );
  if (rubric.recommendationRequired && rubric.recommendations.length === 0)
    problems.push({ path: 'recommendations', code: 'recommendationsMissing' });
  duplicates(rubric.comments.map((field) => field.id)).forEach((index) =>
    problems.push({ path: `comments.${index}.id`, code: 'duplicateId' }),
  );
  return problems;
}

function scaleProblems(scale: Scale, at: string): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const steps = (scale.max - scale.min) / scale.step;
  if (Math.abs(steps - Math.round(steps)) > 1e-6) problems.push({ path: `${at}.step`, code: 'stepNotWhole' });
  const levels = scale.levels ?? [];
  const grid = { ...scale, levels: undefined };
  levels.forEach((level, index) => {
    if (!isOnScale(grid, level.value))
      problems.push({
        path: `${at}.levels.${index}.value`,
        code: 'levelOffScale',
        params: { min: scale.min, max: scale.max, step: scale.step },
      });
    if (level.label.zh.trim() === '' && level.label.en.trim() === '')
      problems.push({ path: `${at}.levels.${index}.label`, code: 'labelMissing' });
  });
  duplicates(levels.map((level) => String(level.value))).forEach((index) =>
    problems.push({ path: `${at}.levels.${index}.value`, code: 'duplicateLevel' }),
  );
  duplicates(levels.map((level) => level.code)).forEach((index) =>
    problems.push({ path: `${at}.levels.${index}.code`, code: 'duplicateId' }),
  );
  if (scale.levels !== undefined && levels.length < 2)
    problems.push({ path: `${at}.levels`, code: 'tooFewLevels' });
  return problems;
}

/** The lowest and highest overall score a complete review can have. */
function overallRange(rubric: Rubric, weighted: ScoredCriterion[]): [number, number] {
  const ends = (criterion: ScoredCriterion): [number, number] => {
    const values = criterion.scale.levels?.map((level) => level.value) ?? [
      criterion.scale.min,
      criterion.scale.max,
    ];
    return [Math.min(...values), Math.max(...values)];
  };
  let low = 0;
  let high = 0;
  for (const criterion of weighted) {
    const [min, max] = ends(criterion);
    low += criterion.weight * min;
    high += criterion.weight * max;
  }
  if (rubric.overall === 'weighted-sum') return [low, high];
  const weights = weighted.reduce((sum, criterion) => sum + criterion.weight, 0);
  return [low / weights, high / weights];
}

/** Indexes of entries that repeat an earlier one. */
function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });
  return repeated;
}
