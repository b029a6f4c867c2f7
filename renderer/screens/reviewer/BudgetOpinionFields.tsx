import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { REASON_MAX_LENGTH } from '../../../shared/domain/review';
import { currentLanguage } from '../../i18n/i18n';
import type { FieldErrors } from './field-errors';
import { formatYuan } from './format';
import { LimitedTextarea } from './LimitedTextarea';
import { RadioGroup } from './RadioGroup';
import type { FormFields } from './review-form';

type Budget = FormFields['budget'];
const VERDICTS = ['appropriate', 'too-high', 'too-low'] as const;

/** For lump-sum calls: is the requested total appropriate, too high or too low; how much; why. */
export function BudgetOpinionFields({
  budget,
  requestedTotal,
  onChange,
  errors,
}: {
  budget: Budget;
  requestedTotal: number;
  onChange: (change: (current: Budget) => Budget) => void;
  errors: FieldErrors;
}) {
  const { t } = useT();
  const id = useId();
  const verdictError = errors.has('budgetOpinion') ? 'budgetOpinion' : 'budgetOpinion.verdict';
  return (
    <section className="budget-opinion" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('reviewer.form.budgetOpinion')}</h3>
      <p className="field-hint">
        {t('reviewer.form.requestedAmount', { amount: formatYuan(requestedTotal, currentLanguage()) })}
      </p>
      <RadioGroup
        name={`${id}-verdict`}
        legend={t('reviewer.form.verdict')}
        options={VERDICTS.map((value) => ({ value, label: t(`reviewer.verdicts.${value}`) }))}
        value={budget.verdict}
        // The amount starts at the requested total, so a verdict alone is already a storable opinion.
        onChange={(value) =>
          onChange((current) => ({
            ...current,
            verdict: value as Budget['verdict'],
            amountText: current.amountText || String(requestedTotal),
          }))
        }
        errorId={errors.id(verdictError)}
        invalid={errors.has(verdictError)}
        className="inline"
      />
      {errors.render(verdictError)}
      <label>
        {t('reviewer.form.recommendedAmount')}
        <input
          type="number"
          inputMode="numeric"
          min={0}
          step={10000}
          value={budget.amountText}
          onChange={(event) => {
            const value = event.target.value;
            onChange((current) => ({ ...current, amountText: value }));
          }}
          aria-invalid={errors.has('budgetOpinion.recommendedAmount') || undefined}
          aria-describedby={errors.id('budgetOpinion.recommendedAmount')}
        />
      </label>
      {errors.render('budgetOpinion.recommendedAmount')}
      <LimitedTextarea
        label={
          <>
            {t('reviewer.form.budgetReason')}
            {budget.verdict !== null && budget.verdict !== 'appropriate' && (
              <span className="required"> ({t('reviewer.form.required')})</span>
            )}
          </>
        }
        value={budget.reason}
        maxLength={REASON_MAX_LENGTH}
        rows={2}
        onChange={(value) => onChange((current) => ({ ...current, reason: value }))}
        invalid={errors.has('budgetOpinion.reason')}
        errorId={errors.id('budgetOpinion.reason')}
      />
      {errors.render('budgetOpinion.reason')}
    </section>
  );
}
