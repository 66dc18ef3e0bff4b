import { sql } from 'drizzle-orm';
import type { SaveAnswerRequest, SessionStatus } from '../../../common/schemas/sessions.js';
import { preparedSql, toDate } from '../../db/prepared-sql.js';
import { conflict, msg, notFound, validationError } from '../../errors.js';
import { authorize } from '../../policies/policy.js';
import { publishEvent } from '../../realtime/domain-events.js';
import type { DeliveryContext } from './delivery-context.js';
import { assertHoldsExam, notTakingAnswers, type WorkerOnDevice } from './session-access.js';

const p = sql.placeholder;

/**
 * The autosave path as ONE statement (one round trip, its own implicit transaction):
 *  1. `s` reads the worker's own live session of a published assessment FOR SHARE: saves of one
 *     session run side by side, but an HC close, a submit or another device's start (FOR UPDATE)
 *     waits until this statement commits, and a save arriving during one of those waits for it and
 *     then sees the row as it committed (PostgreSQL re-reads a locked row that changed), so no
 *     answer slips in after the exam ended or moved to another device;
 *  2. `checks` adds what the write depends on: the question belongs to the session's package, the
 *     option to the question, this device holds the exam, the deadline plus the grace has not
 *     passed. `ok` has a row only when every check passes;
 *  3. `up`: one upsert per (session, question) guarded by the client's seq in the statement itself,
 *     so the newest choice wins whatever order requests arrive in, and a replay changes nothing;
 *  4. `ev`: the append-only timeline event, applied or not (only when the checks passed);
 *  5. the outer select reports every check (the caller turns the first failing one into the same
 *     error the contract always gave), the saved row, and what the statement's snapshot holds for
 *     the question (the stale answer) and for the others (the answered count).
 * All parts see one snapshot, so the count is taken over the other questions and this question's
 * new state is added to it.
 */
const saveAnswerStatement = preparedSql<{
  status: SessionStatus;
  user_id: string;
  assessment_id: string;
  active_login_session: string | null;
  paused: boolean;
  past_grace: boolean;
  question_ok: boolean;
  option_ok: boolean;
  applied: boolean;
  saved_at: string | null;
  current_option_id: string | null;
  current_seq: string | number | null;
  answered_others: string | number;
  now: string;
}>(
  'save_answer',
  () => sql`
    with s as materialized (
      select es.id, es.user_id, es.assessment_id, es.package_id, es.status, es.paused_at, es.deadline, es.active_login_session
      from exam_sessions es join assessments a on a.id = es.assessment_id
      where es.id = ${p('sessionId')}::text and es.user_id = ${p('userId')}::text and es.replaced_at is null and a.published
      for share of es
    ),
    checks as materialized (
      select s.*,
        exists (select 1 from questions q where q.id = ${p('questionId')}::text and q.package_id = s.package_id) as question_ok,
        (${p('optionId')}::text is null
          or exists (select 1 from question_options o where o.id = ${p('optionId')}::text and o.question_id = ${p('questionId')}::text)) as option_ok,
        (s.active_login_session is null or s.active_login_session = ${p('device')}::text) as holds,
        (s.deadline is not null and now() > s.deadline + ${p('graceMs')}::int * interval '1 millisecond') as past_grace
      from s
    ),
    ok as materialized (
      select 1 from checks where question_ok and option_ok and status = 'in_progress' and holds and paused_at is null and not past_grace
    ),
    up as (
      insert into session_answers (session_id, question_id, option_id, seq, client_time)
      select ${p('sessionId')}::text, ${p('questionId')}::text, ${p('optionId')}::text, ${p('seq')}::bigint, ${p('clientTime')}::timestamptz from ok
      on conflict (session_id, question_id) do update
        set option_id = excluded.option_id, seq = excluded.seq, client_time = excluded.client_time, saved_at = now()
        where session_answers.seq < excluded.seq
      returning saved_at
    ),
    ev as (
      insert into answer_events (session_id, question_id, option_id, seq, client_time, applied)
      select ${p('sessionId')}::text, ${p('questionId')}::text, ${p('optionId')}::text, ${p('seq')}::bigint, ${p('clientTime')}::timestamptz,
        exists (select 1 from up)
      from ok
    )
    select c.status, c.user_id, c.assessment_id, c.active_login_session, c.paused_at is not null as paused, c.past_grace,
      c.question_ok, c.option_ok, now() as now,
      exists (select 1 from up) as applied,
      (select saved_at from up) as saved_at,
      cur.option_id as current_option_id, cur.seq as current_seq,
      (select count(*) from session_answers sa
        where sa.session_id = ${p('sessionId')}::text and sa.option_id is not null and sa.question_id <> ${p('questionId')}::text) as answered_others
    from checks c
    left join session_answers cur on cur.session_id = ${p('sessionId')}::text and cur.question_id = ${p('questionId')}::text`,
);

/** The current answer to one question, for a stale save that raced with the save that beat it. */
const currentAnswerStatement = preparedSql<{ option_id: string | null; seq: string | number }>(
  'current_answer',
  () => sql`select option_id, seq from session_answers where session_id = ${p('sessionId')}::text and question_id = ${p('questionId')}::text`,
);

/**
 * Saves one answer of the worker's own session (see the statement above) -> the saved answer and
 * the session's answered count. Throws 404 (not the worker's live session, or a question of
 * another package), 400 `validation` (an option of another question), the contract's 409s
 * (`not_started`, `already_submitted`, `exam_closed`, `time_up`, `taken_over`, `paused`) and 409
 * `stale` with the current answer (`optionId`, `seq`, also under `current`) when a newer seq is saved.
 */
export async function saveAnswer(ctx: DeliveryContext, actor: WorkerOnDevice, sessionId: string, questionId: string, input: SaveAnswerRequest) {
  const [row] = await saveAnswerStatement(ctx.db, {
    sessionId,
    userId: actor.id,
    device: actor.tokenHash,
    questionId,
    optionId: input.optionId,
    seq: input.seq,
    clientTime: input.clientTime ?? null,
    graceMs: ctx.saveGraceMs,
  });
  if (!row) throw notFound('Exam session');
  const session = { status: row.status, userId: row.user_id, activeLoginSession: row.active_login_session };
  authorize(actor, 'session:take', session);
  if (!row.question_ok) throw notFound('Question');
  if (!row.option_ok) {
    throw validationError(msg('answer.notAnOption'), [{ path: 'optionId', message: msg('answer.chooseOption') }]);
  }
  if (row.status !== 'in_progress') throw notTakingAnswers(session);
  assertHoldsExam(session, actor);
  if (row.paused) throw conflict('paused', msg('session.paused'));
  if (row.past_grace) throw conflict('time_up', msg('session.timeUp'));

  if (!row.applied) {
    // Stale (the timeline event is written). The snapshot's answer is the one that won unless the
    // winner committed while this statement ran; then it is read again.
    let current = row.current_seq === null ? null : { optionId: row.current_option_id, seq: Number(row.current_seq) };
    if (!current || current.seq < input.seq) {
      const [latest] = await currentAnswerStatement(ctx.db, { sessionId, questionId });
      current = { optionId: latest!.option_id, seq: Number(latest!.seq) };
    }
    // The current answer rides both at the top level and under `current`, for clients of either reading of the contract.
    throw conflict('stale', msg('session.staleAnswer'), { ...current, current });
  }
  const answered = input.optionId !== null;
  // The event names the question rather than a count: concurrent saves of one session cannot see
  // each other's uncommitted rows, but a set of answered questions converges whatever the order.
  await publishEvent(ctx.db, { type: 'answer_saved', sessionId, assessmentId: row.assessment_id, questionId, answered, at: toDate(row.now)!.toISOString() });
  return {
    questionId,
    optionId: input.optionId,
    seq: input.seq,
    savedAt: toDate(row.saved_at)!.toISOString(),
    answeredCount: Number(row.answered_others) + (answered ? 1 : 0),
  };
}
