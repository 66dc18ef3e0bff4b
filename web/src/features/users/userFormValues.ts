import type { Language } from '@common/languages';
import type { Role } from '@common/roles';
import { createUserRequest, updateUserRequest } from '@common/schemas/users';
import type { AdminUser, NewUser, UserChanges } from '../../api/users';
import { NO_ISSUES, schemaFormIssues, type FormIssues } from '../../i18n/schemaIssues';

export const PROFILE_FIELDS = ['name', 'nip', 'email', 'unit', 'position'] as const;
export const USER_FORM_FIELDS = ['username', 'password', 'role', ...PROFILE_FIELDS] as const;
export type UserFormField = (typeof USER_FORM_FIELDS)[number];
/** The dialog's inputs as typed. */
export type UserFormValues = Record<Exclude<UserFormField, 'role'>, string> & { role: Role };

export function userFormValues(user?: AdminUser): UserFormValues {
  return {
    username: user?.username ?? '',
    password: '',
    name: user?.name ?? '',
    role: user?.role ?? 'coachee',
    nip: user?.nip ?? '',
    email: user?.email ?? '',
    unit: user?.unit ?? '',
    position: user?.position ?? '',
  };
}

/** A new user's request body; empty optional fields are left out. */
export function newUserPayload(values: UserFormValues): NewUser {
  const optional = Object.fromEntries(
    PROFILE_FIELDS.filter((field) => field !== 'name' && values[field].trim()).map((field) => [field, values[field].trim()]),
  );
  return { username: values.username.trim(), password: values.password, name: values.name.trim(), role: values.role, ...optional };
}

/** Only what changed; an emptied optional field is sent as "" (the server stores null). */
export function userChanges(user: AdminUser, values: UserFormValues): UserChanges {
  const changes: UserChanges = {};
  if (values.role !== user.role) changes.role = values.role;
  for (const field of PROFILE_FIELDS) {
    if (values[field].trim() !== (user[field] ?? '')) changes[field] = values[field].trim();
  }
  return changes;
}

/**
 * What the server would refuse, checked with its own schema (createUserRequest, or
 * updateUserRequest for the changes to `user`), per field in `language`. No changes: no issues.
 */
export function userFormIssues(values: UserFormValues, language: Language, user?: AdminUser): FormIssues {
  if (!user) return schemaFormIssues(createUserRequest, newUserPayload(values), USER_FORM_FIELDS, language);
  const changes = userChanges(user, values);
  return Object.keys(changes).length ? schemaFormIssues(updateUserRequest, changes, USER_FORM_FIELDS, language) : NO_ISSUES;
}
