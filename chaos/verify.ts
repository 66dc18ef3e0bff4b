import pg from 'pg';
import type { AcceptedSave } from './node-transport.js';
import type { WorkerRecord } from './simulated-worker.js';

/** How the database compares with what the workers did. */
export type Verdict = {
  /** Questions answered (session × question with at least one change). */
  answers: number;
  /** Questions whose saved answer is missing or is not the worker's last choice, though the outbox let go of it. */
  lost: { sessionId: string; questionId: string; expected: string | null; saved: string | null | undefined }[];
  /** Questions whose last change was still waiting in an outbox that never drained. */
  undelivered: number;
  /** (session, question) pairs with more than one answer row. */
  duplicates: number;
  /** Accepted saves (2xx) with no applied event in the answer log. */
  unlogged: AcceptedSave[];
};

const key = (...parts: (string | number | null)[]) => JSON.stringify(parts);

/**
 * Reads `session_answers` and `answer_events` of the workers' sessions straight from the
 * database and compares them with each worker's last choices and every accepted save.
 */
export async function verifyAnswers(databaseUrl: string, workers: WorkerRecord[], accepted: AcceptedSave[]): Promise<Verdict> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const sessionIds = workers.map((w) => w.sessionId);
    const rows = await db.query<{ session_id: string; question_id: string; option_id: string | null; n: number }>(
      `select session_id, question_id, min(option_id) as option_id, count(*)::int as n
         from session_answers where session_id = any($1) group by session_id, question_id`,
      [sessionIds],
    );
    const saved = new Map(rows.rows.map((r) => [key(r.session_id, r.question_id), r.option_id]));
    const events = await db.query<{ session_id: string; question_id: string; seq: string; option_id: string | null }>(
      `select session_id, question_id, seq, option_id from answer_events where session_id = any($1) and applied`,
      [sessionIds],
    );
    const logged = new Set(events.rows.map((e) => key(e.session_id, e.question_id, Number(e.seq), e.option_id)));

    const lost: Verdict['lost'] = [];
    let answers = 0;
    let undelivered = 0;
    for (const worker of workers) {
      for (const [questionId, expected] of worker.lastChoice) {
        answers++;
        const k = key(worker.sessionId, questionId);
        if (saved.has(k) && saved.get(k) === expected) continue;
        if (worker.stillWaiting.has(questionId)) undelivered++;
        else lost.push({ sessionId: worker.sessionId, questionId, expected, saved: saved.get(k) });
      }
    }
    return {
      answers,
      lost,
      undelivered,
      duplicates: rows.rows.filter((r) => r.n > 1).length,
      unlogged: accepted.filter((a) => !logged.has(key(a.sessionId, a.questionId, a.seq, a.optionId))),
    };
  } finally {
    await db.end();
  }
}
