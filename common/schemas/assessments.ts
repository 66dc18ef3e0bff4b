import { z } from 'zod';
import type { MessageKey } from '../i18n/messages.js';
import { multiLine, singleLine } from './text.js';
import { AT_LEAST_ONE_FIELD, atLeastOneField, distinctIds, isoDateTime } from './fields.js';

export const OVERDUE_POLICIES = ['auto_submit', 'grace'] as const;
export type OverduePolicy = (typeof OVERDUE_POLICIES)[number];
export const ASSESSMENT_STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
/** Indonesia's three zones; an assessment's times are shown and exported in one of them (WIB by default). */
export const ASSESSMENT_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type AssessmentTimeZone = (typeof ASSESSMENT_TIME_ZONES)[number];
export const DEFAULT_TIME_ZONE: AssessmentTimeZone = 'Asia/Jakarta';
/** The abbreviation Indonesians read on clocks and schedules, the same in both languages. */
export const TIME_ZONE_LABELS: Record<AssessmentTimeZone, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** Fields HC may still change once a worker has started; everything else is then locked. */
export const EDITABLE_AFTER_START = ['title', 'description', 'closesAt', 'passScore', 'timeZone'] as const;

const wholeBetween = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number from ${min} to ${max}` })
    .int(`${what} must be a whole number`)
    .min(min, `${what} must be from ${min} to ${max}`)
    .max(max, `${what} must be from ${min} to ${max}`);

const assessmentFields = {
  title: singleLine().min(1, 'Enter a title').max(200, 'At most 200 characters'),
  description: multiLine().max(5000, 'At most 5000 characters'),
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  durationMinutes: wholeBetween('The duration in minutes', 1, 600),
  passScore: wholeBetween('The pass score (percent)', 0, 100),
  questionsPerPage: wholeBetween('Questions per page', 1, 50),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  allowReview: z.boolean(),
  overduePolicy: z.enum(OVERDUE_POLICIES, { error: 'The overdue policy must be auto_submit or grace' }),
  graceMinutes: wholeBetween('The grace period in minutes', 1, 120).nullable(),
  published: z.boolean(),
  competencyIds: distinctIds(50),
  timeZone: z.enum(ASSESSMENT_TIME_ZONES, { error: 'The time zone must be Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)' }),
};

type RuleFields = { opensAt: string | Date; closesAt: string | Date; overduePolicy: OverduePolicy; graceMinutes: number | null };

/**
 * Rules that join two fields, for create (on the body) and update (on the stored assessment with
 * the changes applied). One function, so both say the same sentence; each issue's message is a
 * catalog key (common/i18n), so the sentence is in the reader's language.
 */
export function assessmentRuleIssues(v: RuleFields): { path: string; message: MessageKey }[] {
  const issues: { path: string; message: MessageKey }[] = [];
  if (new Date(v.closesAt).getTime() <= new Date(v.opensAt).getTime()) {
    issues.push({ path: 'closesAt', message: 'assessment.closesBeforeOpens' });
  }
  if (v.overduePolicy === 'grace' && v.graceMinutes === null) {
    issues.push({ path: 'graceMinutes', message: 'assessment.graceRequired' });
  }
  if (v.overduePolicy === 'auto_submit' && v.graceMinutes !== null) {
    issues.push({ path: 'graceMinutes', message: 'assessment.graceOnlyWithGrace' });
  }
  return issues;
}

/** Only the contract's fields are required in spirit; everything else has the default a new assessment gets. */
export const createAssessmentRequest = z
  .strictObject({
    ...assessmentFields,
    description: assessmentFields.description.default(''),
    questionsPerPage: assessmentFields.questionsPerPage.default(10),
    shuffleQuestions: assessmentFields.shuffleQuestions.default(false),
    shuffleOptions: assessmentFields.shuffleOptions.default(false),
    allowReview: assessmentFields.allowReview.default(false),
    overduePolicy: assessmentFields.overduePolicy.default('auto_submit'),
    graceMinutes: assessmentFields.graceMinutes.default(null),
    published: assessmentFields.published.default(true),
    competencyIds: assessmentFields.competencyIds.default([]),
    timeZone: assessmentFields.timeZone.default(DEFAULT_TIME_ZONE),
  })
  .superRefine((v, ctx) => {
    for (const issue of assessmentRuleIssues(v)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });
export type CreateAssessmentRequest = z.infer<typeof createAssessmentRequest>;

export const updateAssessmentRequest = z.strictObject(assessmentFields).partial().refine(atLeastOneField, AT_LEAST_ONE_FIELD);
export type UpdateAssessmentRequest = z.infer<typeof updateAssessmentRequest>;

export const assessment = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  durationMinutes: z.number(),
  passScore: z.number(),
  questionsPerPage: z.number(),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  allowReview: z.boolean(),
  overduePolicy: z.enum(OVERDUE_POLICIES),
  graceMinutes: z.number().nullable(),
  published: z.boolean(),
  competencyIds: z.array(z.string()),
  /** The zone the assessment's times are shown and exported in. */
  timeZone: z.enum(ASSESSMENT_TIME_ZONES),
  /** draft (unpublished), scheduled (before the window), open, closed (after the window). */
  status: z.enum(ASSESSMENT_STATUSES),
  /** A worker has started: questions, packages and most settings can no longer change. */
  locked: z.boolean(),
  packageCount: z.number(),
  questionCount: z.number(),
  /** Workers assigned (one live session each). */
  sessionCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Assessment = z.infer<typeof assessment>;
