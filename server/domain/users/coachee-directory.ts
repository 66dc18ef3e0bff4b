import { and, asc, eq, ilike, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { containsPattern } from '../../db/like-pattern.js';
import { users } from '../../db/schema.js';

/** Active coachees for the assignment picker, by name; `q` searches names, `unit` narrows to one unit. */
export async function searchCoachees(db: Db, filter: { q?: string; unit?: string }) {
  return db
    .select({ id: users.id, name: users.name, unit: users.unit, position: users.position })
    .from(users)
    .where(
      and(
        eq(users.role, 'coachee'),
        eq(users.active, true),
        filter.q ? ilike(users.name, containsPattern(filter.q)) : undefined,
        filter.unit ? sql`lower(${users.unit}) = lower(${filter.unit})` : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
}

/** The units that have active coachees: what a whole-unit assignment can name. */
export async function listUnits(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ unit: users.unit })
    .from(users)
    .where(and(eq(users.role, 'coachee'), eq(users.active, true), isNotNull(users.unit)))
    .orderBy(asc(users.unit));
  return rows.map((r) => r.unit!);
}
