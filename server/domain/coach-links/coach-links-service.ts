import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role } from '../../../common/roles.js';
import type { Db } from '../../db/database.js';
import { coachLinks, users } from '../../db/schema.js';
import { msg, notFound, validationError } from '../../errors.js';
import { recordAudit } from '../audit.js';

const coach = alias(users, 'coach');
const coachee = alias(users, 'coachee');

export type CoachLinkRow = { coachId: string; coachName: string; coacheeId: string; coacheeName: string; coacheeUnit: string | null; createdAt: Date };

export async function listCoachLinks(db: Db, where?: { coachId: string; coacheeId: string }): Promise<CoachLinkRow[]> {
  return db
    .select({
      coachId: coachLinks.coachId,
      coachName: coach.name,
      coacheeId: coachLinks.coacheeId,
      coacheeName: coachee.name,
      coacheeUnit: coachee.unit,
      createdAt: coachLinks.createdAt,
    })
    .from(coachLinks)
    .innerJoin(coach, eq(coach.id, coachLinks.coachId))
    .innerJoin(coachee, eq(coachee.id, coachLinks.coacheeId))
    .where(where ? and(eq(coachLinks.coachId, where.coachId), eq(coachLinks.coacheeId, where.coacheeId)) : undefined)
    .orderBy(asc(coach.name), asc(coachee.name));
}

/** A 400 on the body field naming a user who is missing or has another role. */
async function requireRole(tx: Db, field: 'coachId' | 'coacheeId', userId: string, role: Role): Promise<void> {
  const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (user?.role === role) return;
  const message = user ? msg('coachLinks.wrongRole', { role }) : msg('coachLinks.noSuchUser');
  throw validationError(message, [{ path: field, message }]);
}

/** Links a coach to a coachee; linking them again changes nothing. Returns the link and whether it is new. */
export async function linkCoach(db: Db, actorId: string, link: { coachId: string; coacheeId: string }) {
  return db.transaction(async (tx) => {
    await requireRole(tx, 'coachId', link.coachId, 'coach');
    await requireRole(tx, 'coacheeId', link.coacheeId, 'coachee');
    const inserted = await tx.insert(coachLinks).values(link).onConflictDoNothing().returning();
    if (inserted.length) await recordAudit(tx, { actorId, action: 'coach-link.create', targetType: 'user', targetId: link.coacheeId, after: link });
    const [row] = await listCoachLinks(tx, link);
    return { link: row!, created: inserted.length > 0 };
  });
}

export async function unlinkCoach(db: Db, actorId: string, link: { coachId: string; coacheeId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(coachLinks)
      .where(and(eq(coachLinks.coachId, link.coachId), eq(coachLinks.coacheeId, link.coacheeId)))
      .returning();
    if (!deleted.length) throw notFound('Coach link');
    await recordAudit(tx, { actorId, action: 'coach-link.delete', targetType: 'user', targetId: link.coacheeId, before: link });
  });
}
