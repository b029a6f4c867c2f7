import { useT } from '../../../i18n/use-t';
import type { LocalizedText } from '../../../../shared/domain/localized';

/** A text in both languages: two labelled inputs (or text areas) side by side. */
export function LocalizedInputs({
  label,
  value,
  onChange,
  multiline = false,
}: {
  label: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  multiline?: boolean;
}) {
  const { t } = useT();
  const Field = multiline ? 'textarea' : 'input';
  return (
    <div className="localized">
      <label>
        {t('office.rubric.inLanguage', { label, language: '中文' })}
        <Field
          lang="zh-CN"
          value={value.zh}
          onChange={(event) => onChange({ ...value, zh: event.target.value })}
        />
      </label>
      <label>
        {t('office.rubric.inLanguage', { label, language: 'English' })}
        <Field
          lang="en"
          value={value.en}
          onChange={(event) => onChange({ ...value, en: event.target.value })}
        />
      </label>
    </div>
  );
}
