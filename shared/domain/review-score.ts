import type { Rubric, ScoredCriterion } from './rubric';

export function scoredCriteria(rubric: Rubric): ScoredCriterion[] {
  return rubric.criteria.filter((criterion): criterion is ScoredCriterion => criterion.type === 'score');
}

/** One review's overall score from its criterion scores; null until every scored criterion has one. */
export function overallScore(rubric: Rubric, scores: Record<string, number>): number | null {
  const criteria = scoredCriteria(rubric);
  let weighted = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const value = scores[criterion.id];
    if (value === undefined) return null;
    weighted += criterion.weight * value;
    weights += criterion.weight;
  }
  if (rubric.overall === 'weighted-sum') return weighted;
  return weights > 0 ? weighted / weights : null;
}

/** Whether a score meets a threshold, respecting the scale's direction. */
export function meetsThreshold(criterion: ScoredCriterion, value: number, threshold: number): boolean {
  return criterion.scale.direction === 'higher-is-better' ? value >= threshold : value <= threshold;
}

export interface ThresholdStatus {
  criteria: Record<string, boolean | null>;
  total: boolean | null;
  /** All thresholds met (EU rule); null while incomplete. */
  passed: boolean | null;
}

/** Per-criterion and total threshold status of one review, for the live scoring form. */
export function thresholdStatus(rubric: Rubric, scores: Record<string, number>): ThresholdStatus {
  const criteria: Record<string, boolean | null> = {};
  for (const criterion of scoredCriteria(rubric)) {
    const value = scores[criterion.id];
    criteria[criterion.id] =
      criterion.threshold === null
        ? true
        : value === undefined
          ? null
          : meetsThreshold(criterion, value, criterion.threshold);
  }
  const overall = overallScore(rubric, scores);
  const direction = scoredCriteria(rubric)[0]?.scale.direction ?? 'higher-is-better';
  const total =
    rubric.totalThreshold === null
      ? true
      : overall === null
        ? null
        : direction === 'higher-is-better'
          ? overall >= rubric.totalThreshold
          : overall <= rubric.totalThreshold;
  const values = [...Object.values(criteria), total];
  const passed = values.includes(false) ? false : values.includes(null) ? null : true;
  return { criteria, total, passed };
}
