import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs, languages, type Language } from '../../shared/i18n/catalogs';
import { languageFromLocale } from '../../shared/i18n/translate';

const STORAGE_KEY = 'peerdesk.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return languages.find((language) => language === stored) ?? languageFromLocale(navigator.language);
}

void i18next.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: catalogs['zh-CN'] },
    en: { translation: catalogs.en },
  },
  lng: initialLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLanguage(): Language {
  return languages.find((language) => language === i18next.language) ?? 'en';
}

export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

document.documentElement.lang = currentLanguage();

export { i18next };
