import { sql } from 'drizzle-orm';
import { examSessions } from '../../db/schema.js';

/**
 * A session's attempt number (1, 2, ...) among the worker's sessions of the same assessment, by
 * creation: a reset creates the next attempt. A window expression, for selects over exam_sessions.
 */
export const attemptNumber = () =>
  sql<number>`(row_number() over (partition by ${examSessions.assessmentId}, ${examSessions.userId} order by ${examSessions.createdAt}, ${examSessions.id}))::int`;
