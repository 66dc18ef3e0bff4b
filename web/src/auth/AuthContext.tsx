import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import * as authApi from '../api/auth';
import type { SessionUser } from '../api/auth';
import { onUnauthenticated } from '../api/client';
import { currentLanguage, resetLanguage, setLanguage, type Language } from '../i18n';

/** `signed_out`: the person logged out on purpose (no way back to their page: desktops are shared); `anonymous`: never or no longer signed in. */
type AuthStatus = 'loading' | 'authenticated' | 'anonymous' | 'signed_out' | 'error';

export interface AuthContextValue {
  status: AuthStatus;
  user: SessionUser | null;
  login(username: string, password: string): Promise<SessionUser>;
  logout(): Promise<void>;
  reload(): Promise<void>;
  /** Shows the UI in `language` and, for a signed-in user, stores it as their choice. */
  chooseLanguage(language: Language): void;
}

/**
 * Whose language the UI shows. A signed-in user's stored choice (`user.language`) is taken at
 * sign-in, so it follows them from device to device, unless they picked one on the login page just
 * now: that pick wins and is stored. Every switch while signed in is stored. Signing out goes back
 * to the default, so a shared PC does not hand one worker's language to the next. Requests always
 * name the language on the screen (api/client.ts), so messages match it even before a store lands.
 * `user.language` stays what it was at sign-in: the UI's language is i18n's, not the user object's.
 */
function storeLanguage(language: Language) {
  // In the background: the switch never waits on the network (an exam may be offline). Not stored
  // now, it is stored at the next switch or sign-in.
  authApi.saveLanguage(language).catch(() => undefined);
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** Holds the signed-in user from `GET /api/auth/me`; a 401 (confirmed by `me`) means signed out. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [status, setStatus] = useState<AuthStatus>('loading');
  const pickedWhileSignedOut = useRef(false);

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
    // The language picked on the login page just now wins (and is stored), else the stored one.
    if (pickedWhileSignedOut.current) {
      if (signedIn.language !== currentLanguage()) storeLanguage(currentLanguage());
    } else if (signedIn.language) {
      setLanguage(signedIn.language);
    }
    pickedWhileSignedOut.current = false;
    setUser(signedIn);
    setStatus('authenticated');
    return signedIn;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      resetLanguage();
      setUser(null);
      setStatus('signed_out');
    }
  }, []);

  const signedIn = user !== null;
  const chooseLanguage = useCallback(
    (language: Language) => {
      setLanguage(language);
      if (signedIn) storeLanguage(language);
      else pickedWhileSignedOut.current = true;
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
