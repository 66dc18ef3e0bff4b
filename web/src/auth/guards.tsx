import type { Role } from '@common/roles';
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

/** Keeps a page to the roles allowed on it; anyone else lands on their own home page. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useAuth();
  if (!user) return null;
  if (!roles.includes(user.role)) return <Navigate to={homePathFor(user.role)} replace />;
  return <>{children}</>;
}

/** `/` sends each role to its first page. */
export function HomeRedirect() {
  const { user } = useAuth();
  if (!user) return <Navigate to="/login" replace />;
  return <Navigate to={homePathFor(user.role)} replace />;
}
