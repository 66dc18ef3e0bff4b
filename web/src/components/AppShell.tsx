import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { navigationFor } from '../auth/navigation';
import { BrandMark } from './BrandMark';
import { LanguageSwitch } from './LanguageSwitch';

/** Header, the user's navigation and the page outlet for every signed-in page. */
export function AppShell() {
  const { user, logout } = useAuth();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);

  if (!user) return null;

  async function handleLogout() {
    setLeaving(true);
    try {
      await logout();
    } finally {
      navigate('/login', { replace: true });
    }
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="shell-header-inner">
          <BrandMark />
          <nav className="shell-nav" aria-label={t('nav.label')}>
            {navigationFor(user).map((item) => (
              <NavLink key={item.to} to={item.to} data-testid={item.testId} className="nav-link">
                {t(item.labelKey)}
              </NavLink>
            ))}
          </nav>
          <div className="shell-tools">
            <div className="shell-user" data-testid="current-user">
              <span className="shell-user-name" title={user.name}>
                {user.name}
              </span>
              <span className="badge" data-testid="current-role">
                {t(`roles.${user.role}`)}
              </span>
            </div>
            <LanguageSwitch />
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => void handleLogout()}
              disabled={leaving}
              data-testid="logout"
            >
              {leaving ? t('shell.loggingOut') : t('shell.logout')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
