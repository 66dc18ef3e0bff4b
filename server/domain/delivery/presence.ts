import { sql, type SQL } from 'drizzle-orm';
import type { SessionStatus } from '../../../common/schemas/sessions.js';
import { preparedSql, toDate } from '../../db/prepared-sql.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/policy.js';
import { publishEvent } from '../../realtime/domain-events.js';
import type { DeliveryContext } from './delivery-context.js';
import { assertHoldsExam, notTakingAnswers, type WorkerOnDevice } from './session-access.js';

/** last_seen_at is written at most once per this interval per session: heartbeats stay cheap. */
export const HEARTBEAT_WRITE_INTERVAL_S = 20;

/**
 * A silence longer than this, ended by a heartbeat or a page change, is recorded in the attempt's
 * timeline as a gap. The exam page beats every 30 s, so 90 s is three missed beats: a closed lid,
 * a lost network.
 */
export const HEARTBEAT_GAP_S = 90;

const p = sql.placeholder;

/**
 * The worker's own live session of a published assessment (no row: 404), as the statement's
 * snapshot holds it, or locked FOR UPDATE (then the newest committed version).
 */
const ownSession = (lock: SQL | undefined) => sql`
  select es.id, es.user_id, es.status, es.assessment_id, es.active_login_session, es.last_page_index, es.last_seen_at
  from exam_sessions es join assessments a on a.id = es.assessment_id
  where es.id = ${p('sessionId')}::text and es.user_id = ${p('userId')}::text and es.replaced_at is null and a.published
  ${lock ?? sql``}`;

/** This device holds the exam in row `row` (the snapshot `s`, or the newest version `es`), or no device does yet. */
const holds = (row: 's' | 'es') => sql`(${sql.raw(row)}.active_login_session is null or ${sql.raw(row)}.active_login_session = ${p('device')}::text)`;

/**
 * The timeline's gap row (`heartbeat_gap` {gapSeconds}) is due when the write ends a silence longer
 * than HEARTBEAT_GAP_S since `s.last_seen_at` (the value before the write) in a running exam.
 */
const gapDue = (status: SQL) => sql`${status} = 'in_progress' and now() - s.last_seen_at > make_interval(secs => ${p('gapS')}::int)`;
const gapDetail = sql`jsonb_build_object('gapSeconds', round(extract(epoch from now() - s.last_seen_at))::int)`;

type PresenceRow = { status: SessionStatus; user_id: string; assessment_id: string; active_login_session: string | null; written: boolean; now: string };

/**
 * The position save as ONE statement (its own transaction): `s` locks the session row FOR UPDATE
 * (page changes are rare), so a take-over or a close cannot slip in before the write; `up` writes
 * the page and last_seen_at only in a running exam held by this device; `act` appends, in this
 * order, the silence the write ends (if long) and the page change (not a repeat of the saved page).
 */
const savePositionStatement = preparedSql<PresenceRow>(
  'save_position',
  () => sql`
    with s as materialized (${ownSession(sql`for update of es`)}),
    up as (
      update exam_sessions es set last_page_index = ${p('pageIndex')}::int, last_seen_at = now()
      from s where es.id = s.id and s.status = 'in_progress' and ${holds('s')}
      returning es.id
    ),
    act as (
      insert into session_activity (session_id, kind, detail)
      select s.id, a.kind, a.detail
      from s join up on up.id = s.id
      cross join lateral (values
        (1, 'heartbeat_gap', ${gapDetail}, ${gapDue(sql`s.status`)}),
        (2, 'page', jsonb_build_object('pageIndex', ${p('pageIndex')}::int), s.last_page_index is distinct from ${p('pageIndex')}::int)
      ) as a(ord, kind, detail, due)
      where a.due
      order by a.ord
    )
    select s.status, s.user_id, s.assessment_id, s.active_login_session, exists (select 1 from up) as written, now() as now from s`,
);

/**
 * The heartbeat as ONE statement, without a lock (heartbeats must stay cheap): `up` writes
 * last_seen_at only when the last write is older than HEARTBEAT_WRITE_INTERVAL_S and this device
 * holds the exam, both re-checked by PostgreSQL on the newest row version, so concurrent heartbeats
 * write once and a device that lost the exam never writes; `act` records the gap that write ends.
 */
const heartbeatStatement = preparedSql<PresenceRow>(
  'heartbeat',
  () => sql`
    with s as materialized (${ownSession(undefined)}),
    up as (
      update exam_sessions es set last_seen_at = now()
      from s
      where es.id = s.id and ${holds('s')} and ${holds('es')}
        and (es.last_seen_at is null or es.last_seen_at < now() - make_interval(secs => ${p('writeIntervalS')}::int))
      returning es.id, es.status
    ),
    act as (
      insert into session_activity (session_id, kind, detail)
      select s.id, 'heartbeat_gap', ${gapDetail} from s join up on up.id = s.id where ${gapDue(sql`up.status`)}
    )
    select s.status, s.user_id, s.assessment_id, s.active_login_session, exists (select 1 from up) as written, now() as now from s`,
);

/** Runs a presence statement and applies the checks every presence write shares: 404 when not the worker's own live session, 409 `taken_over` in a running exam held by another device. */
async function runPresence(statement: typeof heartbeatStatement, ctx: DeliveryContext, actor: WorkerOnDevice, sessionId: string, values: Record<string, unknown>) {
  const [row] = await statement(ctx.db, { sessionId, userId: actor.id, device: actor.tokenHash, gapS: HEARTBEAT_GAP_S, ...values });
  if (!row) throw notFound('Exam session');
  const session = { status: row.status, userId: row.user_id, activeLoginSession: row.active_login_session };
  authorize(actor, 'session:take', session);
  if (session.status === 'in_progress') assertHoldsExam(session, actor);
  return { row, session, at: toDate(row.now)!.toISOString() };
}

/**
 * Saves the page the worker is on (`pageIndex`, 0-based), so a resume opens it (clamped to the
 * page count on read) -> `{ pageIndex }`. One statement (see above); a change of page is recorded
 * in the attempt's timeline, and so is the silence before it, if long.
 * Throws 404 (not the worker's own live session), 409 `taken_over` from another device, the
 * contract's 409s once the exam is over (nothing is written then).
 */
export async function savePosition(ctx: DeliveryContext, actor: WorkerOnDevice, sessionId: string, pageIndex: number) {
  const { row, session, at } = await runPresence(savePositionStatement, ctx, actor, sessionId, { pageIndex });
  if (!row.written) throw notTakingAnswers(session);
  await publishEvent(ctx.db, { type: 'position_saved', sessionId, assessmentId: row.assessment_id, pageIndex, at });
  return { pageIndex };
}

/**
 * Marks the worker present -> `{ status }` (the session's status). Writes (and announces) only when
 * the last write is older than HEARTBEAT_WRITE_INTERVAL_S; the write that ends a silence longer
 * than HEARTBEAT_GAP_S also records the gap (one row); a steady heartbeat writes nothing more.
 * One statement (see above). Throws 404 (not the worker's own live session), 409 `taken_over`
 * from another device.
 */
export async function heartbeat(ctx: DeliveryContext, actor: WorkerOnDevice, sessionId: string) {
  const { row, at } = await runPresence(heartbeatStatement, ctx, actor, sessionId, { writeIntervalS: HEARTBEAT_WRITE_INTERVAL_S });
  if (row.written) await publishEvent(ctx.db, { type: 'heartbeat', sessionId, assessmentId: row.assessment_id, at });
  return { status: row.status };
}
