import { useT } from '../../i18n/use-t';
import { pick } from '../../../shared/domain/localized';
import { COMMENT_MAX_LENGTH } from '../../../shared/domain/review';
import type { CommentField } from '../../../shared/domain/rubric';
import { currentLanguage } from '../../i18n/i18n';
import type { FieldErrors } from './field-errors';
import { LimitedTextarea } from './LimitedTextarea';

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
  const { t } = useT();
  const language = currentLanguage();
  return (
    <>
      {fields.map((field) => {
        const path = `comments.${field.id}`;
        return (
          <div key={field.id} className="comment-field">
            <LimitedTextarea
              label={
                <>
                  {pick(field.label, language)}
                  {field.required && <span className="required"> ({t('reviewer.form.required')})</span>}
                </>
              }
              value={values[field.id] ?? ''}
              maxLength={COMMENT_MAX_LENGTH}
              minLength={field.minLength}
              onChange={(text) => onChange(field.id, text)}
              rows={field.id === 'confidential' ? 2 : 4}
              invalid={errors.has(path)}
              errorId={errors.id(path)}
            />
            {errors.render(path)}
          </div>
        );
      })}
    </>
  );
}
