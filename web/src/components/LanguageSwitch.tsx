import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { LANGUAGES } from '../i18n';

/**
 * ID / EN toggle. The choice is remembered in this browser (the i18n module's localStorage) and,
 * for a signed-in user, on the server, so it follows them to other devices (AuthContext).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { chooseLanguage } = useAuth();
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
          onClick={() => chooseLanguage(language)}
        >
          {t(`lang.${language}`)}
        </button>
      ))}
    </div>
  );
}
