import { type Translate, translateOr } from '../../../i18n/use-t';
import { rubricSchema, type Rubric } from '../../../../shared/domain/rubric';
import { rubricProblems } from '../../../../shared/domain/rubric-consistency';

export interface ShownProblem {
  where: string;
  text: string;
}

/**
 * Every problem of a rubric draft in words: values the schema refuses (empty numbers, a bad id)
 * and inconsistencies (thresholds off the scale, …), each placed at its criterion and field.
 */
export function describeProblems(draft: Rubric, t: Translate): ShownProblem[] {
  const where = (path: readonly PropertyKey[]) => {
    const [head, index, ...rest] = path.map(String);
    const field = rest.find((part) => !/^\d+$/.test(part)) ?? (head === 'criteria' ? '' : (head ?? ''));
    const fieldText = field ? translateOr(t, `office.rubric.fields.${field}`, field) : '';
    if (head === 'criteria' && index !== undefined && /^\d+$/.test(index)) {
      const criterion = draft.criteria[Number(index)];
      const name = criterion?.label.zh || criterion?.label.en || criterion?.id || '';
      const at = t('office.rubric.criterionN', { n: Number(index) + 1, name });
      return fieldText ? `${at} › ${fieldText}` : at;
    }
    return fieldText;
  };
  const parsed = rubricSchema.safeParse(draft);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => ({
      where: where(issue.path),
      text: t('office.rubric.problems.invalidValue'),
    }));
  return rubricProblems(parsed.data).map((problem) => ({
    where: where(problem.path.split('.')),
    text: t(`office.rubric.problems.${problem.code}`, problem.params ?? {}),
  }));
}
