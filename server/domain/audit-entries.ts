import { and, asc, desc, eq, gte, lt } from 'drizzle-orm';
import { AUDIT_PAGE_SIZE, type AuditQuery } from '../../common/schemas/records.js';
import type { Db } from '../db/database.js';
import { auditLog, users } from '../db/schema.js';

/** What an audit entry shows: the row and its actor's name (from a left join of users on actor_id). */
export const auditEntryColumns = {
  id: auditLog.id,
  at: auditLog.at,
  actorId: auditLog.actorId,
  actorName: users.name,
  action: auditLog.action,
  targetType: auditLog.targetType,
  targetId: auditLog.targetId,
  reason: auditLog.reason,
  before: auditLog.before,
  after: auditLog.after,
};

/**
 * One page of the audit log, newest first: filtered by actor (user id), exact action and time
 * (`from` inclusive, `to` exclusive), older than entry `before`. Reads `limit` + 1 rows to know
 * whether there is a next page; `nextBefore` is the id to pass as `before` for it.
 * The walk follows the primary key backwards, filtering as it goes: fine for a log of this size
 * (a few entries per HC action); a very selective filter over millions of rows would want an
 * index on (actor_id, id).
 */
export async function listAuditEntries(db: Db, filter: AuditQuery) {
  const limit = filter.limit ?? AUDIT_PAGE_SIZE;
  const rows = await db
    .select(auditEntryColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        filter.actor ? eq(auditLog.actorId, filter.actor) : undefined,
        filter.action ? eq(auditLog.action, filter.action) : undefined,
        filter.from ? gte(auditLog.at, new Date(filter.from)) : undefined,
        filter.to ? lt(auditLog.at, new Date(filter.to)) : undefined,
        filter.before ? lt(auditLog.id, filter.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const entries = rows.slice(0, limit);
  return { entries, nextBefore: rows.length > limit ? entries.at(-1)!.id : null };
}

/** Every action the log holds, sorted: the choices of the action filter. */
export async function listAuditActions(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return rows.map((r) => r.action);
}
