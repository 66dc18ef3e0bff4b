import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n';

/** ID / EN toggle; the choice is remembered in localStorage by the i18n module. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          title={t(`lang.name_${language}`)}
          aria-pressed={i18n.language === language}
          data-testid={`lang-${language}`}
          onClick={() => setLanguage(language)}
        >
          {t(`lang.${language}`)}
        </button>
      ))}
    </div>
  );
}
