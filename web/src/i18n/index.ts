import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@common/languages';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setUiLanguage } from '../api/client';
import en from './en.json';
import id from './id.json';

export { LANGUAGES, type Language };

const STORAGE_KEY = 'ujian.lang';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  setUiLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or disabled storage: the choice lasts for this page only.
  }
}

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

i18n.on('languageChanged', applyLanguage);
applyLanguage(i18n.language);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
}

/** Back to the default language, for whoever uses this browser next (after a sign-out). */
export function resetLanguage(): void {
  setLanguage(DEFAULT_LANGUAGE);
}

/** The BCP 47 locale used for dates and numbers in each language. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

export default i18n;
