import { and, eq, sql } from 'drizzle-orm';
import { examSessions } from '../../db/schema.js';
import { conflict } from '../../errors.js';
import type { Actor } from '../../policies/policy.js';
import { publishEvent } from '../../realtime/domain-events.js';
import type { DeliveryContext } from './delivery-context.js';
import { loadSession, notTakingAnswers } from './session-access.js';
import { buildSessionView } from './session-view.js';

/**
 * Starts the session, or resumes it if it is already running: idempotent, and parallel starts
 * (two tabs, a double click, a retry) start it once. The deadline is fixed here, by the database's
 * clock: the earlier of start + duration (+ extensions) and the close of the window.
 */
export async function startSession(ctx: DeliveryContext, actor: Actor, sessionId: string) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadSession(tx, actor, sessionId, 'update');
    const { session, assessment, now } = loaded;
    if (session.status === 'closed') throw notTakingAnswers(session);
    if (session.status !== 'not_started') return buildSessionView(ctx, tx, loaded);

    if (now < assessment.opensAt) {
      throw conflict('not_open', `This assessment opens at ${assessment.opensAt.toISOString()}.`, { opensAt: assessment.opensAt.toISOString() });
    }
    if (now >= assessment.closesAt || assessment.closedAt) throw conflict('exam_closed', 'The window of this assessment has closed.');
    const minutes = assessment.durationMinutes + session.extensionMinutes;
    const [started] = await tx
      .update(examSessions)
      .set({
        status: 'in_progress',
        startedAt: sql`now()`,
        deadline: sql`least(now() + make_interval(mins => ${minutes}), ${assessment.closesAt})`,
        lastSeenAt: sql`now()`,
      })
      .where(and(eq(examSessions.id, session.id), eq(examSessions.status, 'not_started')))
      .returning();
    await publishEvent(tx, {
      type: 'session_status',
      sessionId: session.id,
      assessmentId: assessment.id,
      status: 'in_progress',
      reason: 'started',
      deadline: started!.deadline!.toISOString(),
      at: now.toISOString(),
    });
    return buildSessionView(ctx, tx, { ...loaded, session: started! });
  });
}
