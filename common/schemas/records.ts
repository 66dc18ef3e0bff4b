import { z } from 'zod';
import { ASSESSMENT_TIME_ZONES } from './assessments.js';
import { entityId, isoDateTime } from './fields.js';
import { SESSION_STATUSES } from './sessions.js';
import { multiLine, singleLine } from './text.js';

/** POST /api/questions/:id/key: the option (of that question) that is now correct, and why. */
export const rekeyRequest = z.strictObject({
  optionId: entityId,
  reason: multiLine().min(1, 'Say why the key changes').max(500, 'At most 500 characters'),
});
export type RekeyRequest = z.infer<typeof rekeyRequest>;

export const rekeyResponse = z.strictObject({
  /** Scored attempts (submitted, closed or abandoned; replaced ones included) of the question's package, all scored again. */
  rescored: z.number().int().min(0),
  /** Of those, the attempts whose score changed. */
  changed: z.number().int().min(0),
});
export type RekeyResponse = z.infer<typeof rekeyResponse>;

/**
 * A competency a worker holds, by the assessment that certified it: one row per (competency,
 * assessment), with the first time it was achieved there.
 */
export const competencyRecord = z.strictObject({
  competencyId: z.string(),
  code: z.string(),
  name: z.string(),
  achievedAt: z.string(),
  assessmentId: z.string(),
  assessmentTitle: z.string(),
  /** The certifying assessment's zone: `achievedAt` is shown there, with its label. */
  assessmentTimeZone: z.enum(ASSESSMENT_TIME_ZONES),
});
export type CompetencyRecord = z.infer<typeof competencyRecord>;

/** Newest achievement first. */
export const myCompetenciesResponse = z.strictObject({ competencies: z.array(competencyRecord) });
export type MyCompetenciesResponse = z.infer<typeof myCompetenciesResponse>;

/**
 * One attempt of a coachee as their coach sees it: no answers, no email, NIP or username.
 * `attempt` numbers the worker's attempts of one assessment 1, 2, ... (a reset keeps the earlier
 * one, `replaced: true`).
 */
export const coacheeResultRow = z.strictObject({
  assessmentId: z.string(),
  assessmentTitle: z.string(),
  sessionId: z.string(),
  attempt: z.number().int().min(1),
  replaced: z.boolean(),
  status: z.enum(SESSION_STATUSES),
  /** Percent 0-100, null until the attempt is scored. */
  score: z.number().nullable(),
  /** Percent 0-100. */
  passScore: z.number(),
  passed: z.boolean().nullable(),
  submittedAt: z.string().nullable(),
  /** The assessment's zone: `submittedAt` is shown there, with its label. */
  assessmentTimeZone: z.enum(ASSESSMENT_TIME_ZONES),
});
export type CoacheeResultRow = z.infer<typeof coacheeResultRow>;

export const coacheeRecordsResponse = z.strictObject({
  coachee: z.strictObject({ id: z.string(), name: z.string(), unit: z.string().nullable() }),
  /** Newest assessment window first, then attempt. */
  results: z.array(coacheeResultRow),
  competencies: z.array(competencyRecord),
});
export type CoacheeRecordsResponse = z.infer<typeof coacheeRecordsResponse>;

export const AUDIT_PAGE_SIZE = 200;

/**
 * GET /api/audit filters. `actor` is a user id; `action` an exact action (see GET /api/audit/actions);
 * `from`/`to` ISO date-times (from inclusive, to exclusive); `before` an entry id for the next page.
 */
export const auditQuery = z.strictObject({
  actor: entityId.optional(),
  action: singleLine().min(1).max(100).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  before: z.coerce.number({ error: 'before must be an entry id' }).int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number({ error: 'limit must be a whole number' }).int().min(1).max(AUDIT_PAGE_SIZE).optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntry = z.strictObject({
  id: z.number().int(),
  at: z.string(),
  /** Null when the actor's account was deleted. */
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  reason: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditResponse = z.strictObject({
  /** Newest first, at most `limit` (default and maximum AUDIT_PAGE_SIZE). */
  entries: z.array(auditEntry),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.number().int().nullable(),
});
export type AuditResponse = z.infer<typeof auditResponse>;

/** Every action the log holds, for the filter list. */
export const auditActionsResponse = z.strictObject({ actions: z.array(z.string()) });
export type AuditActionsResponse = z.infer<typeof auditActionsResponse>;
