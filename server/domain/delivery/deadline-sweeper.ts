import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { assessments, examSessions } from '../../db/schema.js';
import type { DeliveryContext } from './delivery-context.js';
import { runPeriodically } from '../run-periodically.js';
import { finalizeSession } from './finalize-session.js';

const BATCH = 25;
/** No heartbeat, save or page change for this long: the worker is offline (see presence). */
export const OFFLINE_AFTER_MS = 10 * 60_000;

/**
 * Applies the overdue policy to sessions whose time is over: it submits them from their saved
 * answers (kind 'auto'; status 'abandoned' when the worker had been offline), after the save grace, or after the assessment's grace minutes when its
 * policy is 'grace'. Safe with several instances sweeping at once: rows are claimed with
 * FOR UPDATE SKIP LOCKED and ended by a conditional update, so each session is submitted once.
 * Returns how many sessions it ended.
 */
export async function sweepOverdueSessions(ctx: DeliveryContext): Promise<number> {
  let total = 0;
  for (;;) {
    const ended = await ctx.db.transaction(async (tx) => {
      const due = await tx
        .select({ session: examSessions, assessment: assessments, now: sql<Date>`now()`.mapWith((v) => new Date(v)) })
        .from(examSessions)
        .innerJoin(assessments, eq(assessments.id, examSessions.assessmentId))
        .where(
          and(
            eq(examSessions.status, 'in_progress'),
            isNull(examSessions.pausedAt),
            sql`${examSessions.deadline} + case when ${assessments.overduePolicy} = 'grace'
                  then make_interval(mins => ${assessments.graceMinutes})
                  else make_interval(secs => ${ctx.saveGraceMs / 1000}) end < now()`,
          ),
        )
        .orderBy(asc(examSessions.deadline))
        .limit(BATCH)
        .for('update', { of: examSessions, skipLocked: true });
      for (const loaded of due) {
        // Nobody there when time ran out: still scored from the saved answers, but flagged.
        const abandoned = !loaded.session.lastSeenAt || loaded.now.getTime() - loaded.session.lastSeenAt.getTime() > OFFLINE_AFTER_MS;
        await finalizeSession(ctx, tx, loaded, abandoned ? 'abandoned' : 'submitted', 'auto', abandoned ? 'abandoned' : 'auto_submitted');
      }
      return due.length;
    });
    total += ended;
    if (ended < BATCH) return total;
  }
}

/** Runs the sweep every `intervalMs` until stopped; failures go to `onError` and the next run retries. */
export function startDeadlineSweeper(ctx: DeliveryContext, intervalMs: number, onError: (err: unknown) => void): () => void {
  return runPeriodically(() => sweepOverdueSessions(ctx), intervalMs, onError);
}
