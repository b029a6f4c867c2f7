import { useT } from '../../../i18n/use-t';
import type { LocalizedText } from '../../../../shared/domain/localized';

/** The two languages of a localized text, each with its name as the officer reads it. */
export const languages = [
  { key: 'zh', lang: 'zh-CN', name: '中文' },
  { key: 'en', lang: 'en', name: 'English' },
] as const;

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
      {languages.map(({ key, lang, name }) => (
        <label key={key}>
          {t('office.rubric.inLanguage', { label, language: name })}
          <Field
            lang={lang}
            value={value[key]}
            onChange={(event) => onChange({ ...value, [key]: event.target.value })}
          />
        </label>
      ))}
    </div>
  );
}
