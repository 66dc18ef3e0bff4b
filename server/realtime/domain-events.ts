import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import type { SessionStatus } from '../../common/schemas/sessions.js';

/**
 * What domain services announce. Events travel through PostgreSQL NOTIFY, sent inside the
 * transaction that made the change: they are delivered only if it commits, and every app instance
 * (the sender included) receives them through LISTEN. Handlers never touch streams; the realtime
 * layer subscribes and fans out.
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

/** Queues `event` for delivery when the surrounding transaction commits. */
export async function publishEvent(db: Db, event: DomainEvent): Promise<void> {
  await db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(event)})`);
}
