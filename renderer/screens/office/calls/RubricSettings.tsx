import { useT } from '../../../i18n/use-t';
import type { Rubric } from '../../../../shared/domain/rubric';
import { LocalizedInputs } from './LocalizedInputs';
import { NumberInput } from './NumberInput';
import { OptionList } from './OptionList';
import { commentIds, withComments } from './rubric-edit';
import { CheckField, choicesOf, SelectField } from '../../../components/FormField';

/** The rubric's limits, each a number or empty for none. */
const limits = [
  { field: 'totalThreshold', min: undefined },
  { field: 'disagreementLimit', min: 0 },
] as const;
const overallRules = ['weighted-mean', 'weighted-sum'] as const;

/** What a rubric asks beyond its criteria: totals, recommendation, comments, budget opinion. */
export function RubricSettings({ rubric, onChange }: { rubric: Rubric; onChange: (rubric: Rubric) => void }) {
  const { t } = useT();
  const set = (patch: Partial<Rubric>) => onChange({ ...rubric, ...patch });
  const flag = (key: 'recommendationRequired' | 'familiarityAsked' | 'budgetOpinionAsked' | 'nihScoring') => (
    <CheckField
      key={key}
      label={t(`office.rubric.fields.${key}`)}
      checked={rubric[key]}
      onChange={(checked) => set({ [key]: checked })}
    />
  );
  return (
    <>
      <section className="card">
        <h2>{t('office.rubric.general')}</h2>
        <LocalizedInputs
          label={t('office.rubric.name')}
          value={rubric.name}
          onChange={(name) => set({ name })}
        />
        <div className="form-grid compact">
          <SelectField
            label={t('office.rubric.fields.overall')}
            value={rubric.overall}
            choices={choicesOf(overallRules, (rule) => t(`office.rubric.overall.${rule}`))}
            onChange={(overall) => set({ overall })}
          />
          {limits.map(({ field, min }) => (
            <NumberInput
              key={field}
              label={t(`office.rubric.fields.${field}`)}
              value={rubric[field]}
              min={min}
              onChange={(value) => set({ [field]: value })}
            />
          ))}
        </div>
        <div className="checks">
          {flag('familiarityAsked')}
          {flag('budgetOpinionAsked')}
          {flag('nihScoring')}
        </div>
      </section>

      <section className="card">
        <h2>{t('office.rubric.fields.recommendations')}</h2>
        {flag('recommendationRequired')}
        <OptionList
          options={rubric.recommendations}
          onChange={(recommendations) => set({ recommendations })}
        />
      </section>

      <section className="card">
        <h2>{t('office.rubric.commentFields')}</h2>
        {commentIds.map((id) => {
          const field = rubric.comments.find((candidate) => candidate.id === id);
          const others = rubric.comments.filter((candidate) => candidate.id !== id);
          return (
            <div className="comment-field" key={id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={field !== undefined}
                  onChange={(event) =>
                    onChange(
                      withComments(
                        rubric,
                        event.target.checked
                          ? [
                              ...others,
                              {
                                id,
                                label: {
                                  zh: t(`office.rubric.comments.${id}`, { lng: 'zh-CN' }),
                                  en: t(`office.rubric.comments.${id}`, { lng: 'en' }),
                                },
                                required: false,
                                minLength: 0,
                              },
                            ]
                          : others,
                      ),
                    )
                  }
                />
                {t(`office.rubric.comments.${id}`)}
              </label>
              {field && (
                <div className="comment-settings">
                  <LocalizedInputs
                    label={t('office.rubric.label')}
                    value={field.label}
                    onChange={(label) => onChange(withComments(rubric, [...others, { ...field, label }]))}
                  />
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={field.required}
                      onChange={(event) =>
                        onChange(
                          withComments(rubric, [...others, { ...field, required: event.target.checked }]),
                        )
                      }
                    />
                    {t('office.rubric.required')}
                  </label>
                  <NumberInput
                    label={t('office.rubric.minLength')}
                    value={field.minLength}
                    step={1}
                    min={0}
                    onChange={(minLength) =>
                      onChange(withComments(rubric, [...others, { ...field, minLength: minLength ?? 0 }]))
                    }
                  />
                </div>
              )}
            </div>
          );
        })}
      </section>
    </>
  );
}
