import type { SessionUser } from '../../common/schemas/auth.js';
import type { AdminUser } from '../../common/schemas/users.js';
import type { users } from '../db/schema.js';

type UserRow = typeof users.$inferSelect;

/** The signed-in user, as every client sees it. */
export const presentSessionUser = (u: Pick<UserRow, 'id' | 'name' | 'role' | 'language'>): SessionUser => ({
  id: u.id,
  name: u.name,
  role: u.role,
  language: u.language,
});

/** The only way username, NIP and email leave the server: for admins managing accounts. */
export const presentAdminUser = (u: UserRow): AdminUser => ({
  id: u.id,
  username: u.username,
  name: u.name,
  role: u.role,
  nip: u.nip,
  email: u.email,
  unit: u.unit,
  position: u.position,
  active: u.active,
});

/** A coachee as their coach sees them. */
export const presentCoachee = (u: Pick<UserRow, 'id' | 'name' | 'unit' | 'position'>) => ({
  id: u.id,
  name: u.name,
  unit: u.unit,
  position: u.position,
});
