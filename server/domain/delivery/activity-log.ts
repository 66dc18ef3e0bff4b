import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { ActivityDetail, ActivityKind } from '../../../common/schemas/attempts.js';
import type { Db } from '../../db/database.js';
import { authSessions, sessionActivity } from '../../db/schema.js';

/**
 * The device label the timeline shows for a login session: the first 8 hex digits of
 * sha256(token hash). Stable for one login, and it cannot be turned back into the hash, let alone
 * the cookie.
 */
export function deviceLabel(tokenHash: string): string {
  return createHash('sha256').update(tokenHash).digest('hex').slice(0, 8);
}

/** Rows that name the device (login session) they came from. */
type DeviceKind = 'started' | 'taken_over';

/**
 * Appends one row to the attempt's activity (the timeline's record of starts, pages, gaps and
 * endings) inside the caller's transaction, so it commits or rolls back with the change it records.
 */
export async function recordActivity<K extends Exclude<ActivityKind, DeviceKind>>(tx: Db, sessionId: string, kind: K, detail: ActivityDetail<K>): Promise<void> {
  await tx.insert(sessionActivity).values({ sessionId, kind, detail });
}

/** What a device row stores: its detail without the browser, which is read from the login. */
type DeviceDetail<K extends DeviceKind> = Omit<ActivityDetail<K>, 'browser'>;

/**
 * recordActivity for a start or a take-over by the device `tokenHash`. The login's user agent
 * (kept at most 300 characters long at login) is copied in by the same statement, as `userAgent`,
 * so a start costs one statement more, not two; the timeline turns it into a short browser summary
 * when read (server/domain/attempts/browser-summary.ts).
 */
export async function recordDeviceActivity<K extends DeviceKind>(tx: Db, sessionId: string, kind: K, tokenHash: string, detail: DeviceDetail<K>): Promise<void> {
  const userAgent = tx.select({ userAgent: authSessions.userAgent }).from(authSessions).where(eq(authSessions.tokenHash, tokenHash));
  await tx.insert(sessionActivity).values({ sessionId, kind, detail: sql`${JSON.stringify(detail)}::jsonb || jsonb_build_object('userAgent', (${userAgent}))` });
}
