import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSessions, loginThrottle, users } from '../../db/schema.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { runMigrations } from '../../db/migrate.js';
import { purgeExpiredAccountRows } from './purge-expired.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database);
});
afterAll(() => database.close());

const policy = { sessionIdleMs: 60 * 60_000, throttleWindowMs: 15 * 60_000 };
/** `minutes` from now; negative: in the past. */
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe('purging expired account rows', () => {
  it('deletes dead login sessions and run-out throttle counters and keeps the live ones, also with two purges at once', async () => {
    const { db } = database;
    const [user] = await db.insert(users).values({ username: 'purge.me', passwordHash: 'x', name: 'Purge Me', role: 'coachee' }).returning();
    const session = (tokenHash: string, lastSeenAt: Date, expiresAt: Date) => ({ tokenHash, userId: user!.id, lastSeenAt, expiresAt });
    await db.insert(authSessions).values([
      session('live', inMinutes(-5), inMinutes(60)),
      session('past-expiry', inMinutes(-1), inMinutes(-1)),
      session('idle', inMinutes(-61), inMinutes(60)),
    ]);
    // Many counters, as when an attacker tries thousands of usernames: more than one batch.
    const stale = Array.from({ length: 2500 }, (_, i) => ({ key: `u:guess${i}`, failures: 1, windowStartedAt: inMinutes(-16) }));
    await db.insert(loginThrottle).values([...stale, { key: 'u:fresh', failures: 3, windowStartedAt: inMinutes(-1) }]);

    const [first, second] = await Promise.all([purgeExpiredAccountRows(db, policy), purgeExpiredAccountRows(db, policy)]);
    expect(first.sessions + second.sessions).toBe(2);
    expect(first.throttleRows + second.throttleRows).toBe(2500);

    const keys = async (query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: { k: string }[] }).rows.map((r) => r.k);
    expect(await keys(sql`select token_hash as k from auth_sessions`)).toEqual(['live']);
    expect(await keys(sql`select key as k from login_throttle`)).toEqual(['u:fresh']);
    expect(await purgeExpiredAccountRows(db, policy)).toEqual({ sessions: 0, throttleRows: 0 });
  });
});
