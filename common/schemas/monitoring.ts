import { z } from 'zod';
import { multiLine } from './text.js';
import { ASSESSMENT_TIME_ZONES } from './assessments.js';
import { SESSION_STATUSES } from './sessions.js';

export const controlRequest = z.strictObject({
  reason: multiLine().max(500, 'At most 500 characters').optional(),
});

export const extendRequest = controlRequest.extend({
  minutes: z
    .number({ error: 'minutes must be a whole number' })
    .int('minutes must be a whole number')
    .min(1, 'Extend by at least 1 minute')
    .max(240, 'Extend by at most 240 minutes at once'),
});

export const PRESENCES = ['online', 'away', 'offline'] as const;

/** A dashboard row: the complete list of what leaves the server. No email, NIP, username or answers. */
export const monitorRow = z.strictObject({
  sessionId: z.string(),
  workerName: z.string(),
  unit: z.string().nullable(),
  packageName: z.string(),
  status: z.enum(SESSION_STATUSES),
  answeredCount: z.number(),
  questionCount: z.number(),
  remainingMs: z.number().nullable(),
  lastSeenAt: z.string().nullable(),
  online: z.boolean(),
  presence: z.enum(PRESENCES),
  flags: z.array(z.enum(['auto_submitted', 'abandoned', 'paused'])),
});
export type MonitorRowView = z.infer<typeof monitorRow>;

export const statusCounts = z.strictObject(Object.fromEntries(SESSION_STATUSES.map((s) => [s, z.number()])) as Record<(typeof SESSION_STATUSES)[number], z.ZodNumber>);

export const monitorSnapshot = z.strictObject({
  /** `timeZone`: where the room's times (last seen) are shown, with its label. */
  assessment: z.strictObject({ id: z.string(), title: z.string(), questionCount: z.number(), timeZone: z.enum(ASSESSMENT_TIME_ZONES) }),
  counts: statusCounts,
  sessions: z.array(monitorRow),
  serverNow: z.string(),
});
export type MonitorSnapshot = z.infer<typeof monitorSnapshot>;

/** Pushed on the monitor stream after the first `snapshot` event: only rows that changed. */
export const monitorRowsEvent = z.strictObject({
  rows: z.array(monitorRow),
  removed: z.array(z.string()),
  counts: statusCounts,
  serverNow: z.string(),
});
