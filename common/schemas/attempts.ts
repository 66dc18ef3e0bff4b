import { z } from 'zod';
import { ASSESSMENT_TIME_ZONES } from './assessments.js';
import { attemptIdentity, SUBMIT_KINDS } from './results.js';

/**
 * What one attempt's timeline is made of: the session_activity rows (their `detail` fields below),
 * every answer save (applied or stale) and every HC action. Shared by the server, which writes and
 * merges them, and the web page HC reads them on.
 */
export const ACTIVITY_KINDS = ['started', 'taken_over', 'page', 'heartbeat_gap', 'submitted'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const TIMELINE_KINDS = ['answer', ...ACTIVITY_KINDS, 'hc_action'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/**
 * A device is a login session. Its label is the first 8 hex digits of sha256(login session's
 * token hash): stable per login, says nothing about the cookie. `browser`, e.g. "Chrome 131 ·
 * Windows", is summarised from the login's user agent (null when unknown).
 */
const device = z.string();
const browser = z.string().nullable();

/**
 * The fields of each session_activity kind as the timeline shows them. Device rows (started,
 * taken_over) store the login's raw `userAgent` in place of `browser`, which is derived on read.
 */
export const activityDetail = {
  /** A start, or a resume (`resumed`) on the device that already holds the exam. */
  started: z.object({ device, browser, resumed: z.boolean() }),
  /** A start from another device: the exam moved. `fromDevice` is null when no device held it. */
  taken_over: z.object({ fromDevice: device.nullable(), toDevice: device, browser }),
  /** The worker moved to page `pageIndex` (0-based). */
  page: z.object({ pageIndex: z.number().int().min(0) }),
  /** A heartbeat arrived after `gapSeconds` of silence (longer than the heartbeat interval allows). */
  heartbeat_gap: z.object({ gapSeconds: z.number().int().min(0) }),
  /** The attempt ended: by the worker, the deadline, HC forcing it, or HC closing it. */
  submitted: z.object({ submitKind: z.enum(SUBMIT_KINDS), status: z.enum(['submitted', 'closed', 'abandoned']) }),
} satisfies Record<ActivityKind, z.ZodType>;
export type ActivityDetail<K extends ActivityKind> = z.infer<(typeof activityDetail)[K]>;

/** Server time of the entry (ISO-8601 UTC). */
const at = z.string();

const answerEntry = z.object({
  kind: z.literal('answer'),
  at,
  questionId: z.string(),
  /** 1-based, in the order this worker saw the questions; null for a question no longer in the package. */
  questionNumber: z.number().int().nullable(),
  /** Null when the worker cleared the answer. */
  optionId: z.string().nullable(),
  /** "A", "B", ... as this worker saw the options; null when cleared or unknown. */
  optionLetter: z.string().nullable(),
  seq: z.number(),
  /** The device's clock at the change, when it sent one: never trusted, shown beside `at`. */
  clientTime: z.string().nullable(),
  /** False: a stale save (its seq was not above the one kept), refused with 409 and kept only here. */
  applied: z.boolean(),
});


/**
 * An audit-log action by HC or an admin: on this attempt (`attempt`), on the whole assessment while
 * this attempt was live (`assessment`: close, extend), the reset of the attempt this one replaced
 * (`previous_attempt`), or a re-key of one of its questions after it started (`question`, with
 * `questionNumber`). `before`/`after` are the audit record's snapshots.
 */
const hcActionEntry = z.object({
  kind: z.literal('hc_action'),
  at,
  scope: z.enum(['attempt', 'assessment', 'previous_attempt', 'question']),
  /** For `question`: 1-based, as this worker saw it; otherwise null. */
  questionNumber: z.number().int().nullable(),
  /** e.g. session.extend, session.force-submit, assessment.close. */
  action: z.string(),
  /** Null when the account has since been deleted. */
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export const timelineEntry = z.discriminatedUnion('kind', [
  answerEntry,
  activityDetail.started.extend({ kind: z.literal('started'), at }),
  activityDetail.taken_over.extend({ kind: z.literal('taken_over'), at }),
  activityDetail.page.extend({ kind: z.literal('page'), at }),
  activityDetail.heartbeat_gap.extend({ kind: z.literal('heartbeat_gap'), at }),
  activityDetail.submitted.extend({ kind: z.literal('submitted'), at }),
  hcActionEntry,
]);
export type TimelineEntry = z.infer<typeof timelineEntry>;

/** Who, what and when of one attempt. No NIP, email or username: HC reads this. */
export const attemptSummary = z.object({
  ...attemptIdentity,
  assessmentId: z.string(),
  assessmentTitle: z.string(),
  /** The zone HC reads this assessment's times in (WIB, WITA, WIT). */
  timeZone: z.enum(ASSESSMENT_TIME_ZONES),
  startedAt: z.string().nullable(),
  deadline: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submitKind: z.enum(SUBMIT_KINDS).nullable(),
  /** Minutes HC added to this attempt. */
  extensionMinutes: z.number().int(),
  /** Percent 0-100, null until scored. */
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  /** Percent 0-100. */
  passScore: z.number(),
});
export type AttemptSummary = z.infer<typeof attemptSummary>;

/** `GET /api/sessions/:id/timeline`. */
export const attemptTimelineResponse = z.object({
  attempt: attemptSummary,
  /** The contract's list: every save request in arrival order, applied or stale. */
  events: z.array(
    z.object({
      questionId: z.string(),
      optionId: z.string().nullable(),
      seq: z.number(),
      applied: z.boolean(),
      serverTime: z.string(),
      clientTime: z.string().nullable(),
    }),
  ),
  /** Everything that happened, oldest first, for a person to read. */
  entries: z.array(timelineEntry),
});
export type AttemptTimeline = z.infer<typeof attemptTimelineResponse>;
