import type { ReactNode } from 'react';
import { translateOr, useT } from '../../i18n/use-t';
import type { ReviewIssue } from '../../../shared/domain/review-validation';
import { issuesByField } from './review-form';

/** The form's problems by field (`scores.plan`, `comments.strengths`, …), ready to show next to it. */
export interface FieldErrors {
  has: (field: string) => boolean;
  /** The id of the field's message, for aria-describedby; undefined when it has none. */
  id: (field: string) => string | undefined;
  /** The message element, or null. */
  render: (field: string) => ReactNode;
}

export function useFieldErrors(issues: readonly ReviewIssue[], prefix: string): FieldErrors {
  const { t } = useT();
  const byField = issuesByField(issues);
  const id = (field: string) =>
    byField.has(field) ? `${prefix}-${field.replace(/[^a-zA-Z0-9-]/g, '-')}-error` : undefined;
  return {
    has: (field) => byField.has(field),
    id,
    render: (field) => {
      const issue = byField.get(field);
      return issue ? (
        <p id={id(field)} className="field-error">
          {translateOr(t, issue.code, issue.code, issue.params ?? {})}
        </p>
      ) : null;
    },
  };
}
