import type { Language } from '@common/languages';
import type { MeResponse, SessionUser, UpdateMeRequest } from '@common/schemas/auth';
import { request, setCsrfToken } from './client';
import { ApiError } from './errors';

export type { SessionUser };
type SessionResponse = MeResponse;

export async function login(username: string, password: string): Promise<SessionUser> {
  const result = await request<SessionResponse>('/api/auth/login', {
    method: 'POST',
    body: { username, password },
  });
  setCsrfToken(result.csrfToken);
  return result.user;
}

/** The current user, or null when nobody is signed in (401). */
export async function fetchCurrentUser(): Promise<SessionUser | null> {
  try {
    const result = await request<SessionResponse>('/api/auth/me');
    setCsrfToken(result.csrfToken);
    return result.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function logout(): Promise<void> {
  try {
    await request<void>('/api/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
  }
}

/** Stores the signed-in user's language on the server, so it follows them to other devices. */
export async function saveLanguage(language: Language): Promise<void> {
  const result = await request<SessionResponse>('/api/auth/me', { method: 'PATCH', body: { language } satisfies UpdateMeRequest });
  setCsrfToken(result.csrfToken);
}
