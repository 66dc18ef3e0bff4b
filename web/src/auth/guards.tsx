import { can, type Action } from '@common/policy';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Alert } from '../components/Alert';
import { LoadingState } from '../components/LoadingState';
import { useAuth } from './AuthContext';
import { homePathFor } from './navigation';
import { loginPathFor } from './nextPath';

/** Renders its children for a signed-in user; otherwise sends the visitor to the login page, which brings them back here. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, reload } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();

  if (status === 'loading') return <LoadingState fullPage />;
  if (status === 'error') {
    return (
      <main className="centered-page">
        <Alert tone="danger" action={{ label: t('common.retry'), onClick: () => void reload() }}>
          {t('errors.network')}
        </Alert>
      </main>
    );
  }
  if (status === 'signed_out') return <Navigate to="/login" replace />;
  if (status === 'anonymous') return <Navigate to={loginPathFor(`${location.pathname}${location.search}${location.hash}`)} replace />;
  return <>{children}</>;
}

/** Keeps a page to the users who may do its `action` (common/policy.ts); anyone else lands on their own home page. */
export function RequireAccess({ action, children }: { action: Action; children: ReactNode }) {
  const { user } = useAuth();
  if (!user) return null;
  if (!can(user, action)) return <Navigate to={homePathFor(user)} replace />;
  return <>{children}</>;
}

/** `/` sends each user to their first page. */
export function HomeRedirect() {
  const { user } = useAuth();
  if (!user) return <Navigate to="/login" replace />;
  return <Navigate to={homePathFor(user)} replace />;
}
