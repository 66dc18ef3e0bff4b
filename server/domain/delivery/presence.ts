import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { examSessions } from '../../db/schema.js';
import { publishEvent } from '../../realtime/domain-events.js';
import type { DeliveryContext } from './delivery-context.js';
import { assertHoldsExam, loadSession, notTakingAnswers, type WorkerOnDevice } from './session-access.js';

/** last_seen_at is written at most once per this interval per session: heartbeats stay cheap. */
export const HEARTBEAT_WRITE_INTERVAL_S = 20;

/**
 * Saves the page the worker is on, so a resume opens it (clamped to the page count on read).
 * The row is locked first (page changes are rare), so a take-over cannot slip in before the write.
 * Throws 409 `taken_over` from another device, the contract's 409s once the exam is over.
 */
export async function savePosition(ctx: DeliveryContext, actor: WorkerOnDevice, sessionId: string, pageIndex: number) {
  return ctx.db.transaction(async (tx) => {
    const { session, now } = await loadSession(tx, actor, sessionId, 'update');
    if (session.status === 'in_progress') assertHoldsExam(session, actor);
    const [updated] = await tx
      .update(examSessions)
      .set({ lastPageIndex: pageIndex, lastSeenAt: sql`now()` })
      .where(and(eq(examSessions.id, sessionId), eq(examSessions.status, 'in_progress')))
      .returning({ id: examSessions.id });
    if (!updated) throw notTakingAnswers(session);
    await publishEvent(tx, { type: 'position_saved', sessionId, assessmentId: session.assessmentId, pageIndex, at: now.toISOString() });
    return { pageIndex };
  });
}

/**
 * Marks the worker present. Writes (and announces) only when the last write is older than 20 s.
 * Read without a lock (heartbeats must stay cheap); the write re-checks the device in its WHERE,
 * so a device that lost the exam never writes. Throws 409 `taken_over` from another device.
 */
export async function heartbeat(ctx: DeliveryContext, actor: WorkerOnDevice, sessionId: string) {
  return ctx.db.transaction(async (tx) => {
    const { session, now } = await loadSession(tx, actor, sessionId);
    if (session.status === 'in_progress') assertHoldsExam(session, actor);
    const [touched] = await tx
      .update(examSessions)
      .set({ lastSeenAt: sql`now()` })
      .where(
        and(
          eq(examSessions.id, sessionId),
          or(isNull(examSessions.activeLoginSession), eq(examSessions.activeLoginSession, actor.tokenHash)),
          or(isNull(examSessions.lastSeenAt), lt(examSessions.lastSeenAt, sql`now() - make_interval(secs => ${HEARTBEAT_WRITE_INTERVAL_S})`)),
        ),
      )
      .returning({ id: examSessions.id });
    if (touched) await publishEvent(tx, { type: 'heartbeat', sessionId, assessmentId: session.assessmentId, at: now.toISOString() });
    return { status: session.status };
  });
}
