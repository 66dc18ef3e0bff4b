import type { Role } from '@common/roles';
import type { AdminUser, createUserRequest, importRowIssue, importUsersResponse, updateUserRequest } from '@common/schemas/users';
import type { z } from 'zod';
import { request } from './client';

export type { AdminUser };

export interface UserFilters {
  q?: string;
  role?: Role | '';
  active?: 'true' | 'false' | '';
}

/** What the create form sends (before the server trims and normalises it). */
export type NewUser = z.input<typeof createUserRequest>;
export type UserChanges = z.input<typeof updateUserRequest>;
export type ImportResult = z.infer<typeof importUsersResponse>;
/** One created row of a successful import. */
export type ImportedRow = ImportResult['rows'][number];
/** One rejected cell of a failed import (the whole file is then rejected). */
export type ImportRowError = z.infer<typeof importRowIssue>;

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export async function listUsers(filters: UserFilters, signal?: AbortSignal): Promise<AdminUser[]> {
  const result = await request<{ users: AdminUser[] }>('/api/users', { query: { ...filters }, signal });
  return result.users;
}

export async function createUser(input: NewUser): Promise<AdminUser> {
  const result = await request<{ user: AdminUser }>('/api/users', { method: 'POST', body: input });
  return result.user;
}

export async function updateUser(id: string, changes: UserChanges): Promise<AdminUser> {
  const result = await request<{ user: AdminUser }>(userPath(id), { method: 'PATCH', body: changes });
  return result.user;
}

export async function resetPassword(id: string, password: string): Promise<void> {
  await request<void>(`${userPath(id)}/password`, { method: 'POST', body: { password } });
}

/** Uploads an .xlsx or .csv file; a 400 `validation` ApiError carries `rows` in its body. */
export async function importUsers(file: File): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file);
  return request<ImportResult>('/api/users/import', { method: 'POST', body: form });
}

export function importRowErrors(body: unknown): ImportRowError[] {
  if (typeof body !== 'object' || body === null) return [];
  const rows = (body as { rows?: unknown }).rows;
  return Array.isArray(rows) ? (rows as ImportRowError[]) : [];
}

export const IMPORT_TEMPLATE_URLS = {
  xlsx: '/api/users/import/template.xlsx',
  csv: '/api/users/import/template.csv',
} as const;
