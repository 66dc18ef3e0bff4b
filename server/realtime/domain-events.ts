import { sql } from 'drizzle-orm';
import { handleOf, type Db } from '../db/database.js';
import type { SessionStatus } from '../../common/schemas/sessions.js';

/**
 * What domain services announce. Events travel through PostgreSQL NOTIFY and every app instance
 * (the sender included) receives them through LISTEN. Handlers never touch streams; the realtime
 * layer subscribes and fans out. Two ways of sending, by type:
 * - status changes a worker must see (`session_status`: closed, paused, extended, taken over,
 *   submitted …) are sent inside the transaction that made the change, delivered only if it commits;
 * - events whose rate grows with workers ({@link isBatched}: saves, page changes, heartbeats, and
 *   a first start, which only dashboards need: the worker started it) are collected per instance
 *   and sent in batches (see EventBatcher), so NOTIFY traffic grows with instances, not with
 *   workers. A lost batch shows as a gap in its sender's batch numbers.
 *   Why a start storm needs this: every NOTIFY holds PostgreSQL's one notify lock from the NOTIFY
 *   to its transaction's commit (fsync included), so transactional NOTIFYs commit one at a time;
 *   500 simultaneous starts each sending one took 11.5 s for 5,000 workers (BENCHMARKS.md).
 */
export type DomainEvent =
  | { type: 'answer_saved'; sessionId: string; assessmentId: string; questionId: string; answered: boolean; at: string }
  | { type: 'position_saved'; sessionId: string; assessmentId: string; pageIndex: number; at: string }
  | { type: 'heartbeat'; sessionId: string; assessmentId: string; at: string }
  | {
      type: 'session_status';
      sessionId: string;
      assessmentId: string;
      status: SessionStatus;
      /** Why the status or clock changed: started, submitted, auto_submitted, closed, extended, reset … */
      reason: string;
      deadline: string | null;
      at: string;
    };

export const EVENTS_CHANNEL = 'ujian_events';

/** The event types sent in batches rather than one NOTIFY each. */
const BATCHED_TYPES: ReadonlySet<DomainEvent['type']> = new Set(['answer_saved', 'position_saved', 'heartbeat']);

/** Whether `event` goes in a batch: see the header. Take-overs and every ending stay transactional. */
export const isBatched = (event: DomainEvent) => BATCHED_TYPES.has(event.type) || (event.type === 'session_status' && event.reason === 'started');

/** One NOTIFY payload of batched events: its sender instance, the batch's number there (1, 2, 3 …), the events in order. */
export type EventBatch = { from: string; n: number; events: DomainEvent[] };

/** Takes batched events of one database (and its transactions) for sending; see EventBatcher. */
export interface BatchQueue {
  enqueue(event: DomainEvent): void;
}

/** The batch queue of each open database (see handleOf: found from inside a transaction too). */
const queues = new WeakMap<object, BatchQueue>();

/** Makes `queue` take the batched events published on `db` (or a transaction of it) -> a function that undoes it. */
export function registerBatchQueue(db: Db, queue: BatchQueue): () => void {
  const key = handleOf(db);
  queues.set(key, queue);
  return () => {
    if (queues.get(key) === queue) queues.delete(key);
  };
}

/**
 * Announces `event`. A status change is queued for delivery when the surrounding transaction
 * commits. A batched type goes to the instance's queue at once (call it after the change is
 * written: inside a transaction, just before it commits); on a database without a queue (a
 * script, a second handle in a test) it is sent like a status change.
 */
export async function publishEvent(db: Db, event: DomainEvent): Promise<void> {
  const queue = isBatched(event) ? queues.get(handleOf(db)) : undefined;
  if (queue) return queue.enqueue(event);
  await db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(event)})`);
}
