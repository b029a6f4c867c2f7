import { translateOr, useT } from '../../../i18n/use-t';

/** Declared languages in words (中文、英文); an empty list reads “not declared”. */
export function LanguageList({ languages }: { languages: readonly string[] }) {
  const { t } = useT();
  if (languages.length === 0) return <>{t('assignment.languages.none')}</>;
  return <>{languages.map((code) => translateOr(t, `assignment.languages.${code}`, code)).join('、')}</>;
}
