import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/errors';
import { useAuth } from '../../auth/AuthContext';
import { pathAfterLogin } from '../../auth/nextPath';
import { Alert } from '../../components/Alert';
import { BrandMark } from '../../components/BrandMark';
import { TextField } from '../../components/fields';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { errorMessage } from '../../i18n/errorMessage';
import type { TFunction } from 'i18next';

/** Marks a form sent with an empty field (no request made). */
const MISSING_FIELDS = Symbol('missing-fields');

function loginErrorMessage(t: TFunction, error: unknown): string {
  if (error === MISSING_FIELDS) return t('login.missingFields');
  if (error instanceof ApiError) {
    if (error.status === 401 || error.code === 'invalid_credentials') return t('login.invalidCredentials');
    // The server's sentence (in the reader's language) says how long the lockout lasts.
    if (error.status === 429) return error.message || t('login.rateLimited');
  }
  return errorMessage(t, error);
}

/** `/login?next=<path>`: signs in, then back to `next` (a page of this app the role may see) or the role's home page. */
export function LoginPage() {
  const { t } = useTranslation();
  const { status, user, login } = useAuth();
  const [searchParams] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // The failure itself, translated at render time so a language switch also switches the message.
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  useDocumentTitle(t('login.submit'));

  // Signing in only sets the user: this one redirect then runs. (A navigate() of its own would lose
  // the race: the router applies navigations in a transition, after the user change renders.)
  if (status === 'authenticated' && user) return <Navigate to={pathAfterLogin(user, searchParams.get('next'))} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(MISSING_FIELDS);
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (cause) {
      setError(cause);
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="login-page">
      <div className="login-topbar">
        <LanguageSwitch />
      </div>
      <main className="login-card">
        <BrandMark large />
        <h1>{t('login.title')}</h1>
        <p className="page-description">{t('login.subtitle')}</p>
        {error !== null && (
          <Alert tone="danger" testId="login-error">
            {loginErrorMessage(t, error)}
          </Alert>
        )}
        <form className="form" onSubmit={(event) => void handleSubmit(event)} noValidate>
          <TextField
            label={t('login.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            autoFocus
          />
          <TextField
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button type="submit" className="button button-primary button-block" disabled={submitting}>
            {submitting ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
