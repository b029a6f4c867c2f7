import type { Rubric, Scale } from './rubric';
import { COMMENT_MAX_LENGTH, REASON_MAX_LENGTH, type ReviewContent } from './review';
import type { MessageKey } from '../i18n/message-key';

export type ReviewIssueCode = Extract<MessageKey, `review.issues.${string}`>;

/**
 * One problem with a review, addressed to a field (`scores.<id>`, `comments.<id>`, …). Validation
 * gives `review.issues.*` codes; forms add problems of their own under other catalog keys.
 */
export interface ReviewIssue<Code extends MessageKey = MessageKey> {
  field: string;
  /** Its i18n key. */
  code: Code;
  params?: Record<string, string | number>;
}

const EPSILON = 1e-9;

/** Whether a value is allowed on a scale: in range, on the step grid, and a named level if any. */
export function isOnScale(scale: Scale, value: number): boolean {
  if (!Number.isFinite(value) || value < scale.min - EPSILON || value > scale.max + EPSILON) return false;
  if (scale.levels) return scale.levels.some((level) => Math.abs(level.value - value) < EPSILON);
  const steps = (value - scale.min) / scale.step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

function tooLong(field: string, text: string, max: number): ReviewIssue<ReviewIssueCode> {
  return { field, code: 'review.issues.tooLong', params: { max, length: text.length } };
}

/**
 * Checks a review against its rubric. Drafts are only checked for values that cannot be stored
 * (off-scale scores, unknown fields, text over its limit); submitted and recused reviews must be complete.
 */
export function validateReview(rubric: Rubric, review: ReviewContent): ReviewIssue<ReviewIssueCode>[] {
  const issues: ReviewIssue<ReviewIssueCode>[] = [];
  const complete = review.status !== 'draft';
  const criteria = new Map(rubric.criteria.map((criterion) => [criterion.id, criterion]));

  for (const [id, value] of Object.entries(review.scores)) {
    const criterion = criteria.get(id);
    if (criterion?.type !== 'score')
      issues.push({ field: `scores.${id}`, code: 'review.issues.unknownCriterion' });
    else if (!isOnScale(criterion.scale, value)) {
      const { min, max, step } = criterion.scale;
      issues.push({ field: `scores.${id}`, code: 'review.issues.offScale', params: { min, max, step } });
    }
  }
  for (const [id, option] of Object.entries(review.choices)) {
    const criterion = criteria.get(id);
    if (criterion?.type !== 'choice')
      issues.push({ field: `choices.${id}`, code: 'review.issues.unknownCriterion' });
    else if (!criterion.options.some((candidate) => candidate.id === option)) {
      issues.push({ field: `choices.${id}`, code: 'review.issues.unknownOption' });
    }
  }
  const commentFields = new Map<string, (typeof rubric.comments)[number]>(
    rubric.comments.map((field) => [field.id, field]),
  );
  for (const [id, text] of Object.entries(review.comments)) {
    if (!commentFields.has(id)) issues.push({ field: `comments.${id}`, code: 'review.issues.unknownField' });
    else if (text.length > COMMENT_MAX_LENGTH)
      issues.push(tooLong(`comments.${id}`, text, COMMENT_MAX_LENGTH));
  }
  if (
    review.recommendation !== null &&
    !rubric.recommendations.some((option) => option.id === review.recommendation)
  ) {
    issues.push({ field: 'recommendation', code: 'review.issues.unknownOption' });
  }
  if (review.budgetOpinion && !rubric.budgetOpinionAsked) {
    issues.push({ field: 'budgetOpinion', code: 'review.issues.unknownField' });
  } else if (review.budgetOpinion && review.budgetOpinion.reason.length > REASON_MAX_LENGTH) {
    issues.push(tooLong('budgetOpinion.reason', review.budgetOpinion.reason, REASON_MAX_LENGTH));
  }

  if (review.status === 'recused') {
    if (!review.recusal) issues.push({ field: 'recusal', code: 'review.issues.required' });
    else if (review.recusal.reason.trim() === '')
      issues.push({ field: 'recusal.reason', code: 'review.issues.required' });
    return issues;
  }
  if (review.recusal) issues.push({ field: 'recusal', code: 'review.issues.recusalWithScores' });
  if (!complete) return issues;

  for (const criterion of rubric.criteria) {
    const missing =
      criterion.type === 'score' ? review.scores[criterion.id] === undefined : !review.choices[criterion.id];
    if (missing)
      issues.push({
        field: `${criterion.type === 'score' ? 'scores' : 'choices'}.${criterion.id}`,
        code: 'review.issues.required',
      });
  }
  for (const field of rubric.comments) {
    const length = [...(review.comments[field.id] ?? '').trim()].length;
    if (field.required && length === 0)
      issues.push({ field: `comments.${field.id}`, code: 'review.issues.required' });
    else if (length > 0 && length < field.minLength) {
      issues.push({
        field: `comments.${field.id}`,
        code: 'review.issues.tooShort',
        params: { min: field.minLength, length },
      });
    }
  }
  if (rubric.recommendationRequired && review.recommendation === null) {
    issues.push({ field: 'recommendation', code: 'review.issues.required' });
  }
  if (rubric.familiarityAsked && review.familiarity === null) {
    issues.push({ field: 'familiarity', code: 'review.issues.required' });
  }
  if (rubric.budgetOpinionAsked) {
    if (!review.budgetOpinion) issues.push({ field: 'budgetOpinion', code: 'review.issues.required' });
    else if (review.budgetOpinion.verdict !== 'appropriate' && review.budgetOpinion.reason.trim() === '') {
      issues.push({ field: 'budgetOpinion.reason', code: 'review.issues.required' });
    }
  }
  return issues;
}

/**
 * `content` with the field an issue names put back to its stored value, or removed when nothing was
 * stored: `scores.<id>`, `choices.<id>` and `comments.<id>` per entry, other fields whole. This is how
 * one field that cannot be stored is kept from holding back the others.
 */
export function keepStoredField(
  content: ReviewContent,
  stored: ReviewContent | null,
  field: string,
): ReviewContent {
  const [group = '', entry = ''] = field.split('.');
  if (group === 'scores' || group === 'choices' || group === 'comments') {
    const record: Record<string, string | number> = { ...content[group] };
    const before = stored?.[group][entry];
    if (before === undefined) delete record[entry];
    else record[entry] = before;
    return { ...content, [group]: record };
  }
  if (group === 'recommendation' || group === 'familiarity' || group === 'budgetOpinion') {
    return { ...content, [group]: stored?.[group] ?? null };
  }
  return content;
}
