import { useTranslation } from 'react-i18next';
import { pick } from '../../../shared/domain/localized';
import type { CommentField } from '../../../shared/domain/rubric';
import { currentLanguage } from '../../i18n/i18n';
import type { FieldErrors } from './field-errors';

/** The rubric's comment fields (strengths, weaknesses, to the applicant, confidential) with counters. */
export function CommentFields({
  fields,
  values,
  onChange,
  errors,
}: {
  fields: readonly CommentField[];
  values: Record<string, string>;
  onChange: (id: string, text: string) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <>
      {fields.map((field) => {
        const text = values[field.id] ?? '';
        const length = [...text.trim()].length;
        const path = `comments.${field.id}`;
        return (
          <div key={field.id} className="comment-field">
            <label>
              <span>
                {pick(field.label, language)}
                {field.required && <span className="required"> ({t('reviewer.form.required')})</span>}
              </span>
              <textarea
                value={text}
                onChange={(event) => onChange(field.id, event.target.value)}
                aria-invalid={errors.has(path) || undefined}
                aria-describedby={errors.id(path)}
                rows={field.id === 'confidential' ? 2 : 4}
              />
            </label>
            <p className="field-hint counter">
              {field.minLength > 0
                ? t('reviewer.form.lengthMin', { length, min: field.minLength })
                : t('reviewer.form.length', { length })}
            </p>
            {errors.render(path)}
          </div>
        );
      })}
    </>
  );
}
