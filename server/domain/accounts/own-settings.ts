import { and, eq, sql } from 'drizzle-orm';
import type { Language } from '../../../common/languages.js';
import type { Db } from '../../db/database.js';
import { users } from '../../db/schema.js';
import { unauthenticated } from '../../errors.js';

/**
 * Records the language a user chose (the web's ID/EN switch stores it; any client may), which
 * server messages use before Accept-Language. Not audited: it changes nothing but the words they
 * read. -> the user's `{id, name, role, language}`. Throws 401
 * `unauthenticated` when the user was deactivated meanwhile.
 */
export async function setOwnLanguage(db: Db, userId: string, language: Language) {
  const [user] = await db
    .update(users)
    .set({ language, updatedAt: sql`now()` })
    .where(and(eq(users.id, userId), eq(users.active, true)))
    .returning({ id: users.id, name: users.name, role: users.role, language: users.language });
  if (!user) throw unauthenticated();
  return user;
}
