import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { activityDetail, type AttemptTimeline, type TimelineEntry, type TimelineKind } from '../../../common/schemas/attempts.js';
import { OPTION_LETTERS } from '../../../common/schemas/question-bank.js';
import type { Db } from '../../db/database.js';
import { answerEvents, auditLog, examSessions, questions, sessionActivity, users } from '../../db/schema.js';
import type { Actor } from '../../policies/policy.js';
import type { DeliveryContext } from '../delivery/delivery-context.js';
import { loadSession, type LoadedSession } from '../delivery/session-access.js';
import { orderedQuestions } from '../delivery/session-view.js';
import { auditEntryColumns } from '../audit-entries.js';
import { attemptSummary } from './attempt-summary.js';
import { browserSummary } from './browser-summary.js';

/** HC actions on a whole assessment that reach each attempt live at the time. */
const ASSESSMENT_WIDE_ACTIONS = ['assessment.close', 'assessment.extend'];

/**
 * A timestamp in microseconds since the epoch, exact in a double until the year 2255. Entries are
 * ordered by it: a JavaScript Date keeps only milliseconds, and two saves can share one.
 */
const micros = (column: AnyPgColumn) => sql<number>`(extract(epoch from ${column}) * 1000000)::float8`.mapWith(Number);

/**
 * At the same instant (one transaction): the HC action before the ending it caused, a silence
 * before the page change that ended it, the ending last.
 */
const RANK: Record<TimelineKind, number> = { hc_action: 0, started: 1, taken_over: 1, heartbeat_gap: 2, page: 3, answer: 3, submitted: 4 };

type Placed = { micros: number; id: number; entry: TimelineEntry };
const inOrder = (a: Placed, b: Placed) => a.micros - b.micros || RANK[a.entry.kind] - RANK[b.entry.kind] || a.id - b.id;

/**
 * One attempt's timeline for HC and admin -> AttemptTimeline (common/schemas/attempts.ts): the
 * attempt's summary, the contract's `events` (every save, applied or stale, in arrival order) and
 * `entries`, everything merged oldest first for a person to read: saves with the question number
 * and option letter as this worker saw them, starts and device take-overs, page changes, heartbeat
 * gaps, the ending, and every HC action that touched the attempt with its reason. Reads only.
 * Throws not_found (404) for an unknown session.
 */
export async function attemptTimeline(ctx: DeliveryContext, actor: Actor, sessionId: string): Promise<AttemptTimeline> {
  const loaded = await loadSession(ctx.db, actor, sessionId);
  const { summary, previousAttemptId } = await attemptSummary(ctx.db, loaded);
  const numbering = await questionNumbering(ctx, loaded);
  const answers = await answerRows(ctx.db, sessionId);
  const placed: Placed[] = [
    ...answers.map((e) => {
      const question = numbering.get(e.questionId);
      return {
        micros: e.micros,
        id: e.id,
        entry: {
          kind: 'answer' as const,
          at: e.serverTime.toISOString(),
          questionId: e.questionId,
          questionNumber: question?.number ?? null,
          optionId: e.optionId,
          optionLetter: (e.optionId && question?.letters.get(e.optionId)) ?? null,
          seq: e.seq,
          clientTime: e.clientTime?.toISOString() ?? null,
          applied: e.applied,
        },
      };
    }),
    ...(await activityRows(ctx.db, sessionId)),
    ...(await hcActionRows(ctx.db, loaded, previousAttemptId, numbering)),
  ];
  return {
    attempt: summary,
    events: answers.map((e) => ({
      questionId: e.questionId,
      optionId: e.optionId,
      seq: e.seq,
      applied: e.applied,
      serverTime: e.serverTime.toISOString(),
      clientTime: e.clientTime?.toISOString() ?? null,
    })),
    entries: placed.sort(inOrder).map((p) => p.entry),
  };
}

type Numbering = Map<string, { number: number; letters: Map<string, string> }>;

/** Question id -> its 1-based number and its options' letters, in the order this worker saw them. */
async function questionNumbering(ctx: DeliveryContext, loaded: LoadedSession): Promise<Numbering> {
  const ordered = orderedQuestions(await ctx.catalogs.get(ctx.db, loaded.session), loaded);
  return new Map(ordered.map((q, i) => [q.id, { number: i + 1, letters: new Map(q.options.map((o, k) => [o.id, OPTION_LETTERS[k] ?? String(k + 1)])) }]));
}

function answerRows(db: Db, sessionId: string) {
  return db
    .select({
      id: answerEvents.id,
      micros: micros(answerEvents.serverTime),
      questionId: answerEvents.questionId,
      optionId: answerEvents.optionId,
      seq: answerEvents.seq,
      applied: answerEvents.applied,
      serverTime: answerEvents.serverTime,
      clientTime: answerEvents.clientTime,
    })
    .from(answerEvents)
    .where(eq(answerEvents.sessionId, sessionId))
    .orderBy(asc(answerEvents.id));
}

/** session_activity rows as entries; a device row's stored user agent becomes its browser summary. */
async function activityRows(db: Db, sessionId: string): Promise<Placed[]> {
  const rows = await db
    .select({ id: sessionActivity.id, micros: micros(sessionActivity.at), kind: sessionActivity.kind, at: sessionActivity.at, detail: sessionActivity.detail })
    .from(sessionActivity)
    .where(eq(sessionActivity.sessionId, sessionId));
  return rows.map(({ id, micros, kind, at, detail }) => {
    const stored = detail as Record<string, unknown>;
    const withBrowser = kind === 'started' || kind === 'taken_over' ? { ...stored, browser: browserSummary(stored.userAgent as string | null) } : stored;
    // Parsing checks the stored detail against its kind's schema (and drops the raw user agent).
    const entry = { kind, at: at.toISOString(), ...activityDetail[kind].parse(withBrowser) } as TimelineEntry;
    return { micros, id, entry };
  });
}

/**
 * Audit-log actions that touched this attempt: its own (close, extend, pause, resume, reset, forced
 * submit), the assessment-wide close and extend made while it was live (created, not yet ended or
 * replaced), the reset that created it, and re-keys of its package's questions after it started.
 */
async function hcActionRows(db: Db, { session, assessment }: LoadedSession, previousAttemptId: string | null, numbering: Numbering): Promise<Placed[]> {
  const live = sql`exists (select 1 from ${examSessions} s where s.id = ${session.id}
    and ${auditLog.at} between s.created_at and coalesce(s.submitted_at, s.replaced_at, 'infinity'))`;
  const afterStart = sql`exists (select 1 from ${examSessions} s where s.id = ${session.id} and s.started_at <= ${auditLog.at})`;
  const ownQuestions = db.select({ id: questions.id }).from(questions).where(eq(questions.packageId, session.packageId));
  const rows = await db
    .select({ ...auditEntryColumns, micros: micros(auditLog.at) })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      or(
        and(eq(auditLog.targetType, 'exam_session'), eq(auditLog.targetId, session.id)),
        previousAttemptId ? and(eq(auditLog.targetType, 'exam_session'), eq(auditLog.targetId, previousAttemptId), eq(auditLog.action, 'session.reset')) : undefined,
        and(eq(auditLog.targetType, 'assessment'), eq(auditLog.targetId, assessment.id), inArray(auditLog.action, ASSESSMENT_WIDE_ACTIONS), live),
        and(eq(auditLog.targetType, 'question'), inArray(auditLog.targetId, ownQuestions), eq(auditLog.action, 'question.rekey'), afterStart),
      ),
    );
  return rows.map(({ id, micros, at, targetType, targetId, ...action }) => {
    const scope = targetType === 'assessment' ? 'assessment' : targetType === 'question' ? 'question' : targetId === session.id ? 'attempt' : 'previous_attempt';
    const questionNumber = scope === 'question' ? (numbering.get(targetId)?.number ?? null) : null;
    return { micros, id, entry: { kind: 'hc_action' as const, at: at.toISOString(), scope, questionNumber, ...action } };
  });
}
