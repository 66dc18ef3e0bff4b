import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { CreateUserRequest, UpdateUserRequest } from '../../../common/schemas/users.js';
import type { Role } from '../../../common/roles.js';
import type { Db } from '../../db/database.js';
import { isUniqueViolation } from '../../db/errors.js';
import { containsPattern } from '../../db/like-pattern.js';
import { coachLinks, users } from '../../db/schema.js';
import { conflict, msg, notFound } from '../../errors.js';
import { presentAdminUser } from '../../presenters/users.js';
import { endAllLoginSessions } from '../accounts/login-sessions.js';
import { hashPassword } from '../accounts/passwords.js';
import { recordAudit } from '../audit.js';
import { publishLoginSessionsEnded } from '../../realtime/login-session-events.js';

export type UserFilter = { q?: string; role?: Role; active?: boolean };

export async function listUsers(db: Db, filter: UserFilter) {
  const where: SQL[] = [];
  if (filter.q) {
    const like = containsPattern(filter.q);
    where.push(or(ilike(users.name, like), ilike(users.username, like), ilike(users.nip, like), ilike(users.unit, like))!);
  }
  if (filter.role) where.push(eq(users.role, filter.role));
  if (filter.active !== undefined) where.push(eq(users.active, filter.active));
  return db
    .select()
    .from(users)
    .where(and(...where))
    .orderBy(asc(users.name));
}

/** Turns a unique violation into a 409 that names the field a person has to change. */
export function duplicateUserError(err: unknown) {
  if (isUniqueViolation(err, 'users_username_lower_key')) return conflict('duplicate', msg('users.usernameTaken'), { field: 'username' });
  if (isUniqueViolation(err, 'users_nip_key')) return conflict('duplicate', msg('users.nipTaken'), { field: 'nip' });
  return err;
}

export async function createUser(db: Db, actorId: string, input: CreateUserRequest) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ ...input, passwordHash })
        .returning();
      await recordAudit(tx, { actorId, action: 'user.create', targetType: 'user', targetId: user!.id, after: presentAdminUser(user!) });
      return user!;
    });
  } catch (err) {
    throw duplicateUserError(err);
  }
}

/**
 * Changes a user's profile, role or active flag -> the updated row.
 * Throws 404 `not_found`, 409 `duplicate` (username/NIP taken) or 409 `last_admin` (the change
 * would leave no active admin; nothing is written).
 */
export async function updateUser(db: Db, actorId: string, userId: string, input: UpdateUserRequest) {
  try {
    return await db.transaction(async (tx) => {
      await assertAnAdminRemains(tx, userId, input);
      const [before] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
      if (!before) throw notFound('User');
      const [after] = await tx
        .update(users)
        .set({ ...input, updatedAt: sql`now()` })
        .where(eq(users.id, userId))
        .returning();
      // A deactivated user is logged out everywhere at once.
      if (input.active === false) await endAllLoginSessions(tx, userId);
      if (input.role && input.role !== before.role) {
        await tx.delete(coachLinks).where(or(eq(coachLinks.coachId, userId), eq(coachLinks.coacheeId, userId)));
        // Streams opened under the old role end; the login stays, and reconnecting checks the new role.
        await publishLoginSessionsEnded(tx, { userId });
      }
      await recordAudit(tx, {
        actorId,
        action: 'user.update',
        targetType: 'user',
        targetId: userId,
        before: presentAdminUser(before),
        after: presentAdminUser(after!),
      });
      return after!;
    });
  } catch (err) {
    throw duplicateUserError(err);
  }
}

/**
 * Refuses a deactivation or demotion that would leave no active admin (409 `last_admin`), since
 * nobody could then manage accounts without SQL. The active admin rows are locked first, in id
 * order: of two admins demoting each other at once, the second waits for the first, then sees
 * one admin left and is refused (and the fixed order keeps them from deadlocking).
 */
async function assertAnAdminRemains(tx: Db, userId: string, input: UpdateUserRequest) {
  const removesAnAdmin = input.active === false || (input.role !== undefined && input.role !== 'admin');
  if (!removesAnAdmin) return;
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .orderBy(asc(users.id))
    .for('update');
  if (admins.length === 1 && admins[0]!.id === userId) {
    throw conflict('last_admin', msg('users.lastAdmin'));
  }
}

/** Sets a new password and ends the user's sessions, so an old password stops working everywhere. */
export async function resetPassword(db: Db, actorId: string, userId: string, password: string) {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: sql`now()` })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!user) throw notFound('User');
    await endAllLoginSessions(tx, userId);
    await recordAudit(tx, { actorId, action: 'user.reset-password', targetType: 'user', targetId: userId });
  });
}

export async function listCoachees(db: Db, coachId: string) {
  return db
    .select({ id: users.id, name: users.name, unit: users.unit, position: users.position })
    .from(coachLinks)
    .innerJoin(users, eq(users.id, coachLinks.coacheeId))
    .where(and(eq(coachLinks.coachId, coachId), eq(users.active, true)))
    .orderBy(asc(users.name));
}
