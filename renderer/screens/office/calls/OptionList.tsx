import type { LocalizedText } from '../../../../shared/domain/localized';
import { useT } from '../../../i18n/use-t';
import { LocalizedInputs } from './LocalizedInputs';
import { removeAt, replaceAt } from './rubric-edit';

/** One choice a reviewer can pick: a choice criterion's option, or an overall recommendation. */
export interface Option {
  id: string;
  label: LocalizedText;
}

const blankOption = (n: number): Option => ({ id: `option-${n}`, label: { zh: '', en: '' } });

/** Edits a list of options: each one's id and label in both languages, remove, and add one more. */
export function OptionList({ options, onChange }: { options: Option[]; onChange: (next: Option[]) => void }) {
  const { t } = useT();
  return (
    <>
      {options.map((option, index) => (
        <div className="option-row" key={index}>
          <label>
            {t('office.rubric.optionId')}
            <input
              className="mono"
              value={option.id}
              onChange={(event) => onChange(replaceAt(options, index, { ...option, id: event.target.value }))}
            />
          </label>
          <LocalizedInputs
            label={t('office.rubric.label')}
            value={option.label}
            onChange={(label) => onChange(replaceAt(options, index, { ...option, label }))}
          />
          <button type="button" className="link" onClick={() => onChange(removeAt(options, index))}>
            {t('office.common.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...options, blankOption(options.length + 1)])}>
        {t('office.rubric.addOption')}
      </button>
    </>
  );
}
