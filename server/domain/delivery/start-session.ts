import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { examSessions } from '../../db/schema.js';
import { conflict, msg } from '../../errors.js';
import { publishEvent } from '../../realtime/domain-events.js';
import { deviceLabel, recordDeviceActivity } from './activity-log.js';
import type { DeliveryContext } from './delivery-context.js';
import { loadSession, notTakingAnswers, type LoadedSession, type SessionRow, type WorkerOnDevice } from './session-access.js';
import { buildSessionView } from './session-view.js';

/**
 * Starts the session, or resumes it if it is already running: idempotent, and parallel starts
 * (two tabs, a double click, a retry) start it once. The deadline is fixed here, by the database's
 * clock: the earlier of start + duration (+ extensions) and the close of the window.
 * The device that starts (or resumes) holds the exam from then on; see takeExam. Every start and
 * resume of a running exam is recorded in the attempt's activity, with the device.
 */
export async function startSession(ctx: DeliveryContext, actor: WorkerOnDevice, sessionId: string) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadSession(tx, actor, sessionId, 'update');
    const { session, assessment, now } = loaded;
    if (session.status === 'closed') throw notTakingAnswers(session);
    if (session.status === 'in_progress') return buildSessionView(ctx, tx, { ...loaded, session: await takeExam(tx, loaded, actor) });
    if (session.status !== 'not_started') return buildSessionView(ctx, tx, loaded);

    if (now < assessment.opensAt) {
      throw conflict('not_open', msg('session.notOpen', { opensAt: assessment.opensAt.toISOString() }), { opensAt: assessment.opensAt.toISOString() });
    }
    if (now >= assessment.closesAt || assessment.closedAt) throw conflict('exam_closed', msg('session.windowClosed'));
    const minutes = assessment.durationMinutes + session.extensionMinutes;
    const [started] = await tx
      .update(examSessions)
      .set({
        status: 'in_progress',
        startedAt: sql`now()`,
        deadline: sql`least(now() + make_interval(mins => ${minutes}), ${assessment.closesAt})`,
        lastSeenAt: sql`now()`,
        activeLoginSession: actor.tokenHash,
      })
      .where(and(eq(examSessions.id, session.id), eq(examSessions.status, 'not_started')))
      .returning();
    await recordDeviceActivity(tx, session.id, 'started', actor.tokenHash, { device: deviceLabel(actor.tokenHash), resumed: false });
    const view = await buildSessionView(ctx, tx, { ...loaded, session: started! });
    // Batched (see isBatched): queued now, after the last statement that could fail, sent after the commit.
    await publishEvent(tx, {
      type: 'session_status',
      sessionId: session.id,
      assessmentId: assessment.id,
      status: 'in_progress',
      reason: 'started',
      deadline: started!.deadline!.toISOString(),
      at: now.toISOString(),
    });
    return view;
  });
}

/**
 * Resuming a running exam moves it to this device: the row (held FOR UPDATE by the caller, so
 * in-flight saves of the earlier device finish first) records this login session, and a
 * `taken_over` status event tells the earlier device, whose writes now get 409 `taken_over`.
 * Saved answers stay as they are. Resuming on the device that already holds it (or on the first
 * device to claim an exam started before devices were tracked) is recorded as a resume.
 */
async function takeExam(tx: Db, { session, now }: LoadedSession, device: WorkerOnDevice): Promise<SessionRow> {
  const toDevice = deviceLabel(device.tokenHash);
  if (session.activeLoginSession === device.tokenHash) {
    await recordDeviceActivity(tx, session.id, 'started', device.tokenHash, { device: toDevice, resumed: true });
    return session;
  }
  const fromDevice = session.activeLoginSession && deviceLabel(session.activeLoginSession);
  if (fromDevice) await recordDeviceActivity(tx, session.id, 'taken_over', device.tokenHash, { fromDevice, toDevice });
  else await recordDeviceActivity(tx, session.id, 'started', device.tokenHash, { device: toDevice, resumed: true });
  const [taken] = await tx
    .update(examSessions)
    .set({ activeLoginSession: device.tokenHash })
    .where(and(eq(examSessions.id, session.id), eq(examSessions.status, 'in_progress')))
    .returning();
  await publishEvent(tx, {
    type: 'session_status',
    sessionId: session.id,
    assessmentId: session.assessmentId,
    status: 'in_progress',
    reason: 'taken_over',
    deadline: taken!.deadline?.toISOString() ?? null,
    at: now.toISOString(),
  });
  return taken!;
}
