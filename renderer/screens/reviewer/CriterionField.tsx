import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { pick } from '../../../shared/domain/localized';
import type { ScoredCriterion } from '../../../shared/domain/rubric';
import { currentLanguage } from '../../i18n/i18n';
import { RadioGroup } from './RadioGroup';

/**
 * One scored criterion: its guidance, the scale (range, step, which end is better), and either the
 * named levels with their descriptors as radio buttons or a number field that keeps to the step.
 */
export function CriterionField({
  criterion,
  text,
  meets,
  onText,
  errorId,
  error,
}: {
  criterion: ScoredCriterion;
  text: string;
  /** Threshold status of the value entered: null while unscored. */
  meets: boolean | null;
  onText: (text: string) => void;
  errorId: string | undefined;
  error: ReactNode;
}) {
  const { t } = useT();
  const id = useId();
  const language = currentLanguage();
  const { scale } = criterion;
  const direction = t(
    scale.direction === 'higher-is-better' ? 'reviewer.form.higherIsBetter' : 'reviewer.form.lowerIsBetter',
  );
  const hint = t('reviewer.form.scaleHint', { min: scale.min, max: scale.max, step: scale.step, direction });
  const badges = (
    <span className="criterion-badges">
      <span className="tag">{t('reviewer.form.weight', { weight: criterion.weight })}</span>
      {criterion.threshold !== null && (
        <span className={meets === null ? 'tag' : meets ? 'tag tag-ok' : 'tag tag-danger'}>
          {t('reviewer.form.threshold', { value: criterion.threshold })}
          {meets !== null && ` · ${t(meets ? 'reviewer.form.meets' : 'reviewer.form.below')}`}
        </span>
      )}
    </span>
  );
  const guidance = (
    <p className="field-hint" id={`${id}-hint`}>
      {pick(criterion.guidance, language)} <span className="scale-hint">{hint}</span>
    </p>
  );

  if (scale.levels && scale.levels.length > 0) {
    // Unscored is empty text, never 0: Number('') is 0, so empty text must not be read as a number.
    const typed = text.trim();
    const selected =
      typed === ''
        ? undefined
        : scale.levels.find((level) => Number(typed.replace(',', '.')) === level.value);
    return (
      <div className="criterion">
        <RadioGroup
          name={`${id}-levels`}
          legend={
            <>
              {pick(criterion.label, language)} {badges}
            </>
          }
          hint={guidance}
          options={scale.levels.map((level) => ({
            value: String(level.value),
            label: (
              <>
                <strong>{level.code}</strong> {pick(level.label, language)}{' '}
                <span className="muted">({level.value})</span>
              </>
            ),
            description: pick(level.descriptor, language),
          }))}
          value={selected ? String(selected.value) : null}
          onChange={onText}
          errorId={errorId}
          invalid={errorId !== undefined}
          className="levels"
        />
        {error}
      </div>
    );
  }
  return (
    <div className="criterion">
      <label htmlFor={`${id}-value`} className="criterion-label">
        {pick(criterion.label, language)} {badges}
      </label>
      {guidance}
      <input
        id={`${id}-value`}
        className="score-input"
        type="number"
        inputMode="decimal"
        min={scale.min}
        max={scale.max}
        step={scale.step}
        value={text}
        onChange={(event) => onText(event.target.value)}
        aria-invalid={errorId !== undefined || undefined}
        aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(' ')}
      />
      {error}
    </div>
  );
}
