import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as authApi from '../api/auth';
import type { SessionUser } from '../api/auth';
import { onUnauthenticated } from '../api/client';

/** `signed_out`: the person logged out on purpose (no way back to their page: desktops are shared); `anonymous`: never or no longer signed in. */
type AuthStatus = 'loading' | 'authenticated' | 'anonymous' | 'signed_out' | 'error';

export interface AuthContextValue {
  status: AuthStatus;
  user: SessionUser | null;
  login(username: string, password: string): Promise<SessionUser>;
  logout(): Promise<void>;
  reload(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** Holds the signed-in user from `GET /api/auth/me`; a 401 (confirmed by `me`) means signed out. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [status, setStatus] = useState<AuthStatus>('loading');

  const reload = useCallback(async () => {
    try {
      const current = await authApi.fetchCurrentUser();
      setUser(current);
      setStatus(current ? 'authenticated' : 'anonymous');
    } catch {
      setUser(null);
      setStatus('error');
    }
  }, []);

  useEffect(() => {
    void reload();
    // A 401 from any API call: ask the server who we are before treating the session as over.
    return onUnauthenticated(() => void reload());
  }, [reload]);

  const login = useCallback(async (username: string, password: string) => {
    const signedIn = await authApi.login(username, password);
    setUser(signedIn);
    setStatus('authenticated');
    return signedIn;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setUser(null);
      setStatus('signed_out');
    }
  }, []);

  const value = useMemo(() => ({ status, user, login, logout, reload }), [status, user, login, logout, reload]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
