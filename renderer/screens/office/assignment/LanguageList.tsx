import { useTranslation } from 'react-i18next';

/** Declared languages in words (中文、英文); an empty list reads “not declared”. */
export function LanguageList({ languages }: { languages: readonly string[] }) {
  const { t } = useTranslation();
  if (languages.length === 0) return <>{t('assignment.languages.none')}</>;
  return <>{languages.map((code) => t(`assignment.languages.${code}`, { defaultValue: code })).join('、')}</>;
}
