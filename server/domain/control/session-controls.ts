import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { examSessions } from '../../db/schema.js';
import { conflict, msg, type Message } from '../../errors.js';
import type { Actor } from '../../policies/policy.js';
import { publishEvent } from '../../realtime/domain-events.js';
import { recordAudit } from '../audit.js';
import type { DeliveryContext } from '../delivery/delivery-context.js';
import { finalizeSession } from '../delivery/finalize-session.js';
import { loadSession, type LoadedSession, type SessionRow } from '../delivery/session-access.js';

export type ControlInput = { reason?: string | null };

const snapshot = (s: SessionRow) => ({
  status: s.status,
  deadline: s.deadline?.toISOString() ?? null,
  pausedAt: s.pausedAt?.toISOString() ?? null,
  extensionMinutes: s.extensionMinutes,
});

/** 409 with the session's current state when an action does not apply to it (nothing changes). */
const notApplicable = (s: SessionRow, message: Message) => conflict('invalid_state', message, { current: snapshot(s) });

/**
 * Runs one HC action on one session: row locked FOR UPDATE (in-flight saves finish first), the
 * change, an audit record with before and after, and the pushed event, all in one transaction.
 */
async function control(
  ctx: DeliveryContext,
  actor: Actor,
  sessionId: string,
  action: string,
  input: ControlInput,
  change: (tx: Db, loaded: LoadedSession) => Promise<SessionRow>,
) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadSession(tx, actor, sessionId, 'update');
    const after = await change(tx, loaded);
    await recordAudit(tx, { actorId: actor.id, action, targetType: 'exam_session', targetId: sessionId, reason: input.reason, before: snapshot(loaded.session), after: snapshot(after) });
    return after;
  });
}

async function announce(tx: Db, s: SessionRow, reason: string) {
  await publishEvent(tx, { type: 'session_status', sessionId: s.id, assessmentId: s.assessmentId, status: s.status, reason, deadline: s.deadline?.toISOString() ?? null, at: new Date().toISOString() });
}

/** Ends a session now and scores what it saved; a session not yet started is simply closed. */
export function closeSession(ctx: DeliveryContext, actor: Actor, sessionId: string, input: ControlInput) {
  return control(ctx, actor, sessionId, 'session.close', input, async (tx, loaded) => {
    if (!['in_progress', 'not_started'].includes(loaded.session.status)) throw notApplicable(loaded.session, msg('session.alreadyEnded'));
    return (await finalizeSession(ctx, tx, loaded, 'closed', 'closed', 'closed'))!.session;
  });
}

export function forceSubmit(ctx: DeliveryContext, actor: Actor, sessionId: string, input: ControlInput) {
  return control(ctx, actor, sessionId, 'session.force-submit', input, async (tx, loaded) => {
    if (loaded.session.status !== 'in_progress') throw notApplicable(loaded.session, msg('session.onlyInProgressSubmit'));
    return (await finalizeSession(ctx, tx, loaded, 'submitted', 'forced', 'force_submitted'))!.session;
  });
}

/** Stops the clock: saves are refused with 409 `paused` until HC resumes. */
export function pauseSession(ctx: DeliveryContext, actor: Actor, sessionId: string, input: ControlInput) {
  return control(ctx, actor, sessionId, 'session.pause', input, async (tx, { session }) => {
    const [paused] = await tx
      .update(examSessions)
      .set({ pausedAt: sql`now()` })
      .where(and(eq(examSessions.id, session.id), eq(examSessions.status, 'in_progress'), isNull(examSessions.pausedAt)))
      .returning();
    if (!paused) throw notApplicable(session, msg('session.onlyRunningPause'));
    await announce(tx, paused, 'paused');
    return paused;
  });
}

/** Restarts the clock: the deadline moves by exactly the time spent paused. */
export function resumeSession(ctx: DeliveryContext, actor: Actor, sessionId: string, input: ControlInput) {
  return control(ctx, actor, sessionId, 'session.resume', input, async (tx, { session }) => {
    const [resumed] = await tx
      .update(examSessions)
      .set({ deadline: sql`${examSessions.deadline} + (now() - ${examSessions.pausedAt})`, pausedAt: null })
      .where(and(eq(examSessions.id, session.id), eq(examSessions.status, 'in_progress'), isNotNull(examSessions.pausedAt)))
      .returning();
    if (!resumed) throw notApplicable(session, msg('session.onlyPausedResume'));
    await announce(tx, resumed, 'resumed');
    return resumed;
  });
}

/** Gives a worker more time; before the start it is added to the duration, after it to the deadline. */
export function extendSession(ctx: DeliveryContext, actor: Actor, sessionId: string, input: ControlInput & { minutes: number }) {
  return control(ctx, actor, sessionId, 'session.extend', input, async (tx, loaded) => extendLocked(tx, loaded.session, input.minutes));
}

export async function extendLocked(tx: Db, session: SessionRow, minutes: number): Promise<SessionRow> {
  if (!['in_progress', 'not_started'].includes(session.status)) throw notApplicable(session, msg('session.onlyOpenExtend'));
  const [extended] = await tx
    .update(examSessions)
    .set({
      extensionMinutes: sql`${examSessions.extensionMinutes} + ${minutes}`,
      deadline: sql`${examSessions.deadline} + make_interval(mins => ${minutes})`,
    })
    .where(eq(examSessions.id, session.id))
    .returning();
  await announce(tx, extended!, 'extended');
  return extended!;
}

/**
 * Lets the worker start again: the old attempt (answers, events, score) stays as history, marked
 * replaced, and a fresh not-started session takes its place with the same package.
 */
export function resetSession(ctx: DeliveryContext, actor: Actor, sessionId: string, input: ControlInput) {
  return control(ctx, actor, sessionId, 'session.reset', input, async (tx, loaded) => {
    const { session } = loaded;
    if (session.replacedAt) throw notApplicable(session, msg('session.alreadyReset'));
    if (session.status === 'not_started') throw notApplicable(session, msg('session.nothingToReset'));
    const ended = session.status === 'in_progress' ? (await finalizeSession(ctx, tx, loaded, 'closed', 'closed', 'reset'))!.session : session;
    // The old row leaves the one-live-session-per-worker index before the new one enters it.
    const freshId = randomUUID();
    await tx.update(examSessions).set({ replacedAt: sql`now()`, replacedBy: freshId }).where(eq(examSessions.id, session.id));
    const [fresh] = await tx.insert(examSessions).values({ id: freshId, assessmentId: session.assessmentId, userId: session.userId, packageId: session.packageId }).returning();
    await announce(tx, { ...ended, status: 'closed' }, 'reset');
    await announce(tx, fresh!, 'created');
    return fresh!;
  });
}
