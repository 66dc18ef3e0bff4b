import { z } from 'zod';
import { LANGUAGES } from '../languages.js';
import { ASSESSMENT_TIME_ZONES } from './assessments.js';
import { SESSION_STATUSES } from './sessions.js';

export const SUBMIT_KINDS = ['worker', 'auto', 'forced', 'closed'] as const;
export type SubmitKind = (typeof SUBMIT_KINDS)[number];

/**
 * One attempt of one worker (a session). A reset keeps the earlier attempt with `replaced: true`;
 * `attempt` numbers a worker's attempts 1, 2, ... in the order they were created. No NIP, email
 * or username: HC reads this.
 */
/** Which attempt of whom: the fields every view of one attempt starts with. */
export const attemptIdentity = {
  sessionId: z.string(),
  workerName: z.string(),
  unit: z.string().nullable(),
  packageName: z.string(),
  /** 1, 2, ...: the worker's attempts at this assessment in the order they were created. */
  attempt: z.number().int().min(1),
  /** A reset replaced this attempt with a new one. */
  replaced: z.boolean(),
  status: z.enum(SESSION_STATUSES),
};

export const resultRow = z.strictObject({
  ...attemptIdentity,
  /** Percent 0-100, null until the attempt is scored. */
  score: z.number().nullable(),
  scorePoints: z.number().nullable(),
  maxPoints: z.number().nullable(),
  passed: z.boolean().nullable(),
  /** Questions with a chosen option, out of the questions of the attempt's package. */
  answeredCount: z.number().int(),
  questionCount: z.number().int(),
  startedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** submittedAt - startedAt in ms (paused time included); null while either is missing. */
  timeUsedMs: z.number().nullable(),
  submitKind: z.enum(SUBMIT_KINDS).nullable(),
});
export type ResultRow = z.infer<typeof resultRow>;

export const assessmentResultsResponse = z.strictObject({
  assessment: z.strictObject({
    id: z.string(),
    title: z.string(),
    /** Percent 0-100. */
    passScore: z.number(),
    timeZone: z.enum(ASSESSMENT_TIME_ZONES),
  }),
  /** By worker name, then attempt. */
  results: z.array(resultRow),
});
export type AssessmentResults = z.infer<typeof assessmentResultsResponse>;

/** `?lang=` picks the export's language; without it the caller's language decides (see server/http/request-language.ts). */
export const resultsWorkbookQuery = z.strictObject({
  lang: z.enum(LANGUAGES, { error: 'lang must be id or en' }).optional(),
});

/**
 * Codes for questions that look broken; thresholds and sources in
 * server/domain/results/item-statistics.ts.
 */
export const ITEM_FLAGS = ['too_easy', 'too_hard', 'low_discrimination', 'negative_discrimination', 'distractor_beats_key_in_top_group', 'few_responses'] as const;
export type ItemFlag = (typeof ITEM_FLAGS)[number];

export const itemOption = z.strictObject({
  optionId: z.string(),
  text: z.string(),
  correct: z.boolean(),
  /** Attempts that chose this option. */
  chosen: z.number().int(),
});

export const itemStatistics = z.strictObject({
  questionId: z.string(),
  packageName: z.string(),
  /** 1-based position in its package. */
  position: z.number().int(),
  text: z.string(),
  /** Submitted, non-replaced attempts that were given this question (unanswered included). */
  responses: z.number().int(),
  /** Of those, attempts that left it unanswered. */
  unanswered: z.number().int(),
  /** Share answering correctly, 0..1; null without responses. */
  difficulty: z.number().nullable(),
  /** Point-biserial correlation with the attempt's score percent, -1..1; null when undefined. */
  discrimination: z.number().nullable(),
  options: z.array(itemOption),
  flags: z.array(z.enum(ITEM_FLAGS)),
});
export type ItemStatistics = z.infer<typeof itemStatistics>;

/** Score summary of one package's submitted, non-replaced attempts. */
export const packageStatistics = z.strictObject({
  packageId: z.string(),
  packageName: z.string(),
  attempts: z.number().int(),
  /** Mean and population standard deviation of the score percent (0-100); null without attempts. */
  meanScore: z.number().nullable(),
  sdScore: z.number().nullable(),
  /** KR-20 reliability of the package's questions (right/wrong); null when undefined. */
  kr20: z.number().nullable(),
});
export type PackageStatistics = z.infer<typeof packageStatistics>;

export const itemAnalysisResponse = z.strictObject({
  /** By package name, then position. */
  questions: z.array(itemStatistics),
  packages: z.array(packageStatistics),
});
export type ItemAnalysis = z.infer<typeof itemAnalysisResponse>;
