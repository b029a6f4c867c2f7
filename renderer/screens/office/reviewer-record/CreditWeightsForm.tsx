import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/use-t';
import { creditComponents, type CreditWeights } from '../../../../shared/contract/reviewer-record';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FormField } from '../../../components/FormField';
import { ReasonedButton } from '../../../components/ReasonedButton';

/** The declared weights of the credit score; changing them is audited and re-scores everyone. */
export function CreditWeightsForm({ weights, onSaved }: { weights: CreditWeights; onSaved: () => void }) {
  const { t } = useT();
  const action = useAction();
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(creditComponents.map((c) => [c, String(weights[c])])),
  );
  const parsed = Object.fromEntries(creditComponents.map((c) => [c, Number(draft[c])])) as CreditWeights;
  const invalid = creditComponents.some((c) => draft[c] === '' || !(parsed[c] >= 0 && parsed[c] <= 100));
  const blocked = invalid ? t('quality.record.weightsInvalid') : null;
  async function save(event: FormEvent) {
    event.preventDefault();
    if (await action.run('reviewerRecord.setWeights', parsed)) onSaved();
  }
  return (
    <form
      className="record-weights"
      aria-label={t('quality.record.weightsTitle')}
      onSubmit={(event) => void save(event)}
    >
      <h2>{t('quality.record.weightsTitle')}</h2>
      <p className="quality-help">{t('quality.record.weightsHelp')}</p>
      <ErrorNotice error={action.error} />
      <div className="record-weights-fields">
        {creditComponents.map((component) => (
          <FormField
            key={component}
            label={t(`quality.record.components.${component}`)}
            hint={t(`quality.record.componentHelp.${component}`)}
          >
            <input
              type="number"
              min={0}
              max={100}
              step="any"
              value={draft[component]}
              onChange={(e) => setDraft({ ...draft, [component]: e.target.value })}
            />
          </FormField>
        ))}
      </div>
      <ReasonedButton type="submit" primary blocked={blocked} busy={action.busy}>
        {t('quality.record.saveWeights')}
      </ReasonedButton>
    </form>
  );
}
