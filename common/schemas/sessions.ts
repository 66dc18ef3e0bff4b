import { z } from 'zod';
import { ASSESSMENT_TIME_ZONES } from './assessments.js';
import { entityId, inDateYears, isoDate } from './fields.js';

export const SESSION_STATUSES = ['not_started', 'in_progress', 'submitted', 'closed', 'abandoned'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const saveAnswerRequest = z.strictObject({
  /** The chosen option, or null to clear the answer. */
  optionId: entityId.nullable(),
  /** Grows with every change of this question on the client; the highest seq wins on the server. */
  seq: z.number({ error: 'seq must be a whole number' }).int('seq must be a whole number').min(0, 'seq must not be negative').max(Number.MAX_SAFE_INTEGER),
  /**
   * The device's clock at the change: kept for the timeline only, never trusted for time limits.
   * A clock outside DATE_YEARS (dead CMOS battery, typo) is dropped rather than refused: a wrong
   * device clock must never cost a worker an answer.
   */
  clientTime: isoDate('clientTime must be an ISO-8601 date-time')
    .optional()
    .transform((v) => (v !== undefined && inDateYears(v) ? v : undefined)),
});
export type SaveAnswerRequest = z.infer<typeof saveAnswerRequest>;

export const savePositionRequest = z.strictObject({ pageIndex: z.number().int().min(0).max(10_000) });

export const sessionClock = z.object({
  deadline: z.string().nullable(),
  serverNow: z.string(),
  /** deadline - serverNow; frozen while HC has the session paused. */
  remainingMs: z.number().nullable(),
  paused: z.boolean(),
});

export const sessionStatusResponse = sessionClock.extend({
  status: z.enum(SESSION_STATUSES),
  /** Another device of the worker has opened the exam since this one: this one may no longer write. */
  takenOver: z.boolean().optional(),
});

export const sessionView = sessionClock.extend({
  id: z.string(),
  assessmentId: z.string(),
  title: z.string(),
  status: z.enum(SESSION_STATUSES),
  pageIndex: z.number(),
  pageCount: z.number(),
  questionsPerPage: z.number(),
  /** `imageUrl` (GET, cached for good) and `imageId` are null when there is no image. */
  questions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      imageId: z.string().nullable(),
      imageUrl: z.string().nullable(),
      options: z.array(z.object({ id: z.string(), text: z.string(), imageId: z.string().nullable(), imageUrl: z.string().nullable() })),
    }),
  ),
  answers: z.record(z.string(), z.string().nullable()),
  answerSeq: z.record(z.string(), z.number()),
  answeredCount: z.number(),
});
export type SessionView = z.infer<typeof sessionView>;

export const saveAnswerResponse = z.object({
  questionId: z.string(),
  optionId: z.string().nullable(),
  seq: z.number(),
  savedAt: z.string(),
  answeredCount: z.number(),
});

export const submitResponse = z.object({
  status: z.literal('submitted'),
  score: z.number(),
  passed: z.boolean(),
  answeredCount: z.number(),
  questionCount: z.number(),
});

export const resultResponse = z.object({
  sessionId: z.string(),
  title: z.string(),
  status: z.enum(SESSION_STATUSES),
  submittedAt: z.string().nullable(),
  submitKind: z.enum(['worker', 'auto', 'forced', 'closed']).nullable(),
  /** The assessment's zone: `submittedAt` and `savedAt` are shown there, with its label. */
  timeZone: z.enum(ASSESSMENT_TIME_ZONES),
  score: z.number(),
  scorePoints: z.number(),
  maxPoints: z.number(),
  passScore: z.number(),
  passed: z.boolean(),
  answeredCount: z.number(),
  questionCount: z.number(),
  /**
   * The answer sheet, in the order the worker saw the questions (options too: index 0 is "A").
   * Null for the worker when the assessment does not allow review, so no correct option leaves the
   * server; always present for staff.
   */
  review: z
    .array(
      z.object({
        questionId: z.string(),
        /** 1-based number of the question as the worker saw it. */
        position: z.number().int().min(1),
        text: z.string(),
        points: z.number(),
        chosenOptionId: z.string().nullable(),
        correctOptionId: z.string(),
        correct: z.boolean(),
        /** When the kept answer was saved on the server (ISO-8601); null when never answered. */
        savedAt: z.string().nullable(),
        options: z.array(z.object({ id: z.string(), text: z.string() })),
      }),
    )
    .nullable(),
});
