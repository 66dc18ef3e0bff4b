import { z } from 'zod';
import { secretText, singleLine } from './text.js';
import { ROLES } from '../roles.js';

export const loginRequest = z.strictObject({
  username: singleLine().min(1, 'Enter your username').max(64),
  password: secretText().min(1, 'Enter your password').max(256),
});
export type LoginRequest = z.infer<typeof loginRequest>;

/** The signed-in user as every client sees it: no NIP, email or username. */
export const sessionUser = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const csrfResponse = z.object({ csrfToken: z.string() });
export const meResponse = z.object({ user: sessionUser, csrfToken: z.string() });
export type MeResponse = z.infer<typeof meResponse>;
