import type { Criterion, Level, Rubric, Scale } from '../../../../shared/domain/rubric';
import type { LocalizedText } from '../../../../shared/domain/localized';

/** Pure edits of a rubric draft, so the editor's components only say what changed. */
const blank: LocalizedText = { zh: '', en: '' };

export function newCriterion(existing: readonly Criterion[]): Criterion {
  let n = existing.length + 1;
  while (existing.some((criterion) => criterion.id === `criterion-${n}`)) n += 1;
  return {
    id: `criterion-${n}`,
    type: 'score',
    label: blank,
    guidance: blank,
    weight: 1,
    scale: { min: 1, max: 5, step: 1, direction: 'higher-is-better' },
    threshold: null,
  };
}

/** Switches a criterion between scored and choice, keeping what both have. */
export function withType(criterion: Criterion, type: Criterion['type']): Criterion {
  if (criterion.type === type) return criterion;
  const { id, label, guidance } = criterion;
  if (type === 'choice')
    return {
      id,
      label,
      guidance,
      type,
      options: [
        { id: 'yes', label: { zh: '是', en: 'Yes' } },
        { id: 'no', label: { zh: '否', en: 'No' } },
      ],
    };
  return { ...newCriterion([]), id, label, guidance };
}

/** One level per value of the scale (when there are few enough), keeping labels already written. */
export function levelsFromScale(scale: Scale): Level[] | null {
  const count = Math.round((scale.max - scale.min) / scale.step) + 1;
  if (!Number.isFinite(count) || count < 2 || count > 21) return null;
  return Array.from({ length: count }, (_, index) => {
    const value = Number((scale.min + index * scale.step).toFixed(6));
    const known = scale.levels?.find((level) => level.value === value);
    return (
      known ?? {
        value,
        code: String(value),
        label: { zh: String(value), en: String(value) },
        descriptor: blank,
      }
    );
  }).reverse();
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target] as T, copy[index] as T];
  return copy;
}

export const commentIds = ['strengths', 'weaknesses', 'toApplicant', 'confidential'] as const;

export function withComments(rubric: Rubric, comments: Rubric['comments']): Rubric {
  // Keep the fields in their canonical order whatever order they were switched on in.
  return { ...rubric, comments: commentIds.flatMap((id) => comments.filter((field) => field.id === id)) };
}
