import { z } from 'zod';
import { ASSESSMENT_TIME_ZONES } from './assessments.js';
import { SESSION_STATUSES } from './sessions.js';

/** One of the caller's exam sessions, for the worker dashboard (`GET /api/me/sessions`). */
export const mySession = z.object({
  id: z.string(),
  assessmentId: z.string(),
  title: z.string(),
  status: z.enum(SESSION_STATUSES),
  opensAt: z.string(),
  closesAt: z.string(),
  /** The assessment's zone: its times are shown there, with its label (WIB, WITA, WIT). */
  timeZone: z.enum(ASSESSMENT_TIME_ZONES),
  durationMinutes: z.number(),
  /** Null until the worker starts. */
  deadline: z.string().nullable(),
  /** Milliseconds left, for a session in progress only. */
  remainingMs: z.number().nullable(),
  /** When the attempt ended (submitted, auto-submitted, forced or closed); null before. */
  submittedAt: z.string().nullable(),
  /** Percent 0-100, null until the attempt is scored. */
  score: z.number().nullable(),
  /** Null until the attempt is scored. */
  passed: z.boolean().nullable(),
  /** The assessment's pass mark, percent 0-100. */
  passScore: z.number(),
});
export type MySession = z.infer<typeof mySession>;
