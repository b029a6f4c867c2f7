import { useT } from '../i18n/use-t';
import { languages, type Language } from '../../shared/i18n/catalogs';
import { currentLanguage, setLanguage } from '../i18n/i18n';

const labels: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** Switches the whole UI at once; the choice is remembered on this machine. */
export function LanguageSwitch() {
  const { t } = useT();
  const active = currentLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('ui.language')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === active}
          className={language === active ? 'active' : ''}
          onClick={() => void setLanguage(language)}
        >
          {labels[language]}
        </button>
      ))}
    </div>
  );
}
