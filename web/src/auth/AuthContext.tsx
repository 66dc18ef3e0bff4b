import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as authApi from '../api/auth';
import type { SessionUser } from '../api/auth';
import { onUnauthenticated } from '../api/client';
import { currentLanguage, setLanguage, type Language } from '../i18n';

/** `signed_out`: the person logged out on purpose (no way back to their page: desktops are shared); `anonymous`: never or no longer signed in. */
type AuthStatus = 'loading' | 'authenticated' | 'anonymous' | 'signed_out' | 'error';

export interface AuthContextValue {
  status: AuthStatus;
  user: SessionUser | null;
  login(username: string, password: string): Promise<SessionUser>;
  logout(): Promise<void>;
  reload(): Promise<void>;
  /** Shows the UI in `language`; for a signed-in user, once the server has stored it as their choice. */
  chooseLanguage(language: Language): Promise<void>;
}

/** How long a language switch waits for the server to store it before switching anyway (ms). */
const STORE_LANGUAGE_WAIT_MS = 3_000;

/**
 * The UI's language (the ID/EN switch, kept per browser) is the user's choice. The server answers
 * a signed-in user in their stored choice before Accept-Language (the contract), so the web keeps
 * the stored one equal to the UI's: at every switch, and at sign-in when another browser left a
 * different one. Offline or slow (an exam), the UI switches anyway and the next sync stores it.
 */
async function storeLanguage(language: Language): Promise<void> {
  try {
    await authApi.saveLanguage(language, AbortSignal.timeout(STORE_LANGUAGE_WAIT_MS));
  } catch {
    // Not stored now: the next switch or sign-in stores it.
  }
}

async function syncStoredLanguage(user: SessionUser | null): Promise<void> {
  if (user?.language && user.language !== currentLanguage()) await storeLanguage(currentLanguage());
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** Holds the signed-in user from `GET /api/auth/me`; a 401 (confirmed by `me`) means signed out. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [status, setStatus] = useState<AuthStatus>('loading');

  const reload = useCallback(async () => {
    try {
      const current = await authApi.fetchCurrentUser();
      await syncStoredLanguage(current);
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
    await syncStoredLanguage(signedIn);
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

  const signedIn = user !== null;
  const chooseLanguage = useCallback(
    async (language: Language) => {
      // Stored first, so no message that follows can come back in the old language.
      if (signedIn) await storeLanguage(language);
      setLanguage(language);
    },
    [signedIn],
  );

  const value = useMemo(
    () => ({ status, user, login, logout, reload, chooseLanguage }),
    [status, user, login, logout, reload, chooseLanguage],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
