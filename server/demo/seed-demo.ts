import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { coachLinks, users } from '../db/schema.js';
import { hashPassword } from '../domain/accounts/passwords.js';
import { DEMO_ACCOUNTS, DEMO_COACHEES, DEMO_PASSWORD } from './demo-accounts.js';
import { seedDemoAssessment } from './seed-demo-assessment.js';

export async function hasAnyUser(db: Db): Promise<boolean> {
  const [row] = await db.select({ one: sql`1` }).from(users).limit(1);
  return Boolean(row);
}

/**
 * Seeds the demo accounts and the demo assessment assigned to every demo worker. Idempotent:
 * what already exists is left as it is.
 */
export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx
      .insert(users)
      .values(DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash, email: `${a.username}@demo.ujian.local` })))
      .onConflictDoNothing();
    const byUsername = new Map(
      (await tx.select({ id: users.id, username: users.username }).from(users).where(inArray(users.username, DEMO_ACCOUNTS.map((a) => a.username)))).map(
        (u) => [u.username, u.id],
      ),
    );
    const coachId = byUsername.get('coach')!;
    await tx
      .insert(coachLinks)
      .values(DEMO_COACHEES.map((username) => ({ coachId, coacheeId: byUsername.get(username)! })))
      .onConflictDoNothing();
    const workers = DEMO_ACCOUNTS.filter((a) => a.role === 'coachee').map((a) => byUsername.get(a.username)!);
    await seedDemoAssessment(tx, workers);
  });
}
