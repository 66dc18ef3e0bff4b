import { z } from 'zod';
import { secretText, singleLine } from './text.js';
import { ROLES } from '../roles.js';

const optionalText = (max: number) =>
  singleLine()
    .max(max, `At most ${max} characters`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

/** The message is a catalog key (common/i18n), so the rule reads the same on the server and in the web, in both languages. */
export const username = singleLine().regex(/^[A-Za-z0-9._-]{2,64}$/, 'user.usernameRule');
export const password = secretText().min(8, 'At least 8 characters').max(256, 'At most 256 characters');

const profileFields = {
  name: singleLine().min(1, 'Enter a name').max(200, 'At most 200 characters'),
  role: z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(', ')}` }),
  nip: optionalText(32),
  email: singleLine()
    .transform((v) => (v === '' ? null : v))
    .pipe(z.email('Enter a valid email address').nullable())
    .nullable()
    .optional(),
  unit: optionalText(200),
  position: optionalText(200),
};

export const createUserRequest = z.strictObject({ username, password, ...profileFields });
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export const updateUserRequest = z
  .strictObject({ ...profileFields, active: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'Send at least one field to change');
export type UpdateUserRequest = z.infer<typeof updateUserRequest>;

export const resetPasswordRequest = z.strictObject({ password });

export const listUsersQuery = z.strictObject({
  q: singleLine().max(200).optional(),
  role: z.enum(ROLES).optional(),
  active: z.enum(['true', 'false']).optional(),
});

/** A user as admins see it: the only presenter that carries username, NIP and email. */
export const adminUser = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  nip: z.string().nullable(),
  email: z.string().nullable(),
  unit: z.string().nullable(),
  position: z.string().nullable(),
  active: z.boolean(),
});
export type AdminUser = z.infer<typeof adminUser>;

/** What a coach sees of a linked coachee. */
export const coacheeSummary = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  position: z.string().nullable(),
});

/** Import columns, in template order. */
export const USER_IMPORT_COLUMNS = ['username', 'name', 'role', 'password', 'nip', 'email', 'unit', 'position'] as const;
/** The columns an import file must have; the others may be left out. */
export const USER_IMPORT_REQUIRED_COLUMNS: readonly (typeof USER_IMPORT_COLUMNS)[number][] = ['username', 'name', 'role', 'password'];
export const importRowIssue = z.object({ row: z.number(), column: z.string().nullable(), message: z.string() });
export const importUsersResponse = z.object({
  created: z.number(),
  rows: z.array(z.object({ row: z.number(), username: z.string() })),
});
