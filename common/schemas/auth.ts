import { z } from 'zod';
import { secretText, singleLine } from './text.js';
import { LANGUAGES } from '../languages.js';
import { ROLES } from '../roles.js';

export const loginRequest = z.strictObject({
  username: singleLine().min(1, 'Enter your username').max(64),
  password: secretText().min(1, 'Enter your password').max(256),
});
export type LoginRequest = z.infer<typeof loginRequest>;

/**
 * The signed-in user as every client sees it: no NIP, email or username. `language` is the one
 * they chose in the app (null until they choose); server messages use it first.
 */
export const sessionUser = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  language: z.enum(LANGUAGES).nullable(),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const csrfResponse = z.object({ csrfToken: z.string() });
export const meResponse = z.object({ user: sessionUser, csrfToken: z.string() });
export type MeResponse = z.infer<typeof meResponse>;

/** `PATCH /api/auth/me`: the signed-in user's own settings (for now, the app's language). */
export const updateMeRequest = z.strictObject({ language: z.enum(LANGUAGES) });
export type UpdateMeRequest = z.infer<typeof updateMeRequest>;
