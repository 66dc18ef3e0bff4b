import { Message, translate } from '@common/i18n/messages';
import type { Language } from '@common/languages';
import {
  assessmentRuleIssues, createAssessmentRequest, DEFAULT_TIME_ZONE, EDITABLE_AFTER_START, type AssessmentTimeZone, type OverduePolicy,
} from '@common/schemas/assessments';
import type { Assessment, AssessmentChanges, NewAssessment } from '../../api/assessments';
import { formIssuesOf, schemaIssues } from '../../i18n/schemaIssues';

/** The editor's inputs as typed: numbers stay text until saved, times are local `datetime-local` values. */
export interface AssessmentFormValues {
  title: string;
  description: string;
  opensAt: string;
  closesAt: string;
  durationMinutes: string;
  passScore: string;
  questionsPerPage: string;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  allowReview: boolean;
  overduePolicy: OverduePolicy;
  graceMinutes: string;
  published: boolean;
  competencyIds: string[];
  timeZone: AssessmentTimeZone;
}

export type AssessmentField = keyof AssessmentFormValues;
export const ASSESSMENT_FIELDS: readonly AssessmentField[] = [
  'title', 'description', 'opensAt', 'closesAt', 'durationMinutes', 'passScore', 'questionsPerPage',
  'shuffleQuestions', 'shuffleOptions', 'allowReview', 'overduePolicy', 'graceMinutes', 'published', 'competencyIds', 'timeZone',
];
export type FieldErrors = Partial<Record<AssessmentField, string>>;

const HOUR_MS = 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO time as the value of a `datetime-local` input, in the browser's time zone. */
export function toLocalInput(iso: string | Date): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (local time) as an ISO string with a zone, as the API wants it. */
export function fromLocalInput(value: string): string {
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value : time.toISOString();
}

/** A new assessment: opens at the next full hour for a day, 60 minutes, pass at 70 %. */
export function newAssessmentValues(now = new Date()): AssessmentFormValues {
  const opens = new Date(Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS);
  return {
    title: '',
    description: '',
    opensAt: toLocalInput(opens),
    closesAt: toLocalInput(new Date(opens.getTime() + 24 * HOUR_MS)),
    durationMinutes: '60',
    passScore: '70',
    questionsPerPage: '10',
    shuffleQuestions: false,
    shuffleOptions: false,
    allowReview: false,
    overduePolicy: 'auto_submit',
    graceMinutes: '',
    published: true,
    competencyIds: [],
    timeZone: DEFAULT_TIME_ZONE,
  };
}

export function assessmentValues(assessment: Assessment): AssessmentFormValues {
  return {
    title: assessment.title,
    description: assessment.description,
    opensAt: toLocalInput(assessment.opensAt),
    closesAt: toLocalInput(assessment.closesAt),
    durationMinutes: String(assessment.durationMinutes),
    passScore: String(assessment.passScore),
    questionsPerPage: String(assessment.questionsPerPage),
    shuffleQuestions: assessment.shuffleQuestions,
    shuffleOptions: assessment.shuffleOptions,
    allowReview: assessment.allowReview,
    overduePolicy: assessment.overduePolicy,
    graceMinutes: assessment.graceMinutes === null ? '' : String(assessment.graceMinutes),
    published: assessment.published,
    competencyIds: [...assessment.competencyIds].sort(),
    timeZone: assessment.timeZone,
  };
}

/** Empty text becomes NaN, which the server rejects with its own sentence should the form miss it. */
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function assessmentPayload(values: AssessmentFormValues): NewAssessment {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    opensAt: fromLocalInput(values.opensAt),
    closesAt: fromLocalInput(values.closesAt),
    durationMinutes: numberOf(values.durationMinutes),
    passScore: numberOf(values.passScore),
    questionsPerPage: numberOf(values.questionsPerPage),
    shuffleQuestions: values.shuffleQuestions,
    shuffleOptions: values.shuffleOptions,
    allowReview: values.allowReview,
    overduePolicy: values.overduePolicy,
    graceMinutes: values.overduePolicy === 'grace' ? numberOf(values.graceMinutes) : null,
    published: values.published,
    competencyIds: values.competencyIds,
    timeZone: values.timeZone,
  };
}

/** Only the fields the editor changed, so an untouched locked field is never sent. */
export function assessmentChanges(initial: AssessmentFormValues, values: AssessmentFormValues): AssessmentChanges {
  const before = assessmentPayload(initial);
  const after = assessmentPayload(values);
  const changed = (Object.keys(after) as (keyof NewAssessment)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return Object.fromEntries(changed.map((key) => [key, after[key]]));
}

/** Whether a field may still change once a worker has started. */
export function editableWhenLocked(field: AssessmentField): boolean {
  return (EDITABLE_AFTER_START as readonly string[]).includes(field);
}

/**
 * What the server would refuse, checked with its own schema (createAssessmentRequest: the form
 * always holds every setting, new or edited), one sentence per field in `language`. The rules
 * joining two fields are asked directly too: zod skips them while a field is not even a number,
 * and the form should name every problem at once.
 */
export function validateAssessment(values: AssessmentFormValues, language: Language): FieldErrors {
  const payload = assessmentPayload(values);
  const rules = assessmentRuleIssues(payload).map(({ path, message }) => ({ path, message: translate(language, new Message(message)) }));
  return formIssuesOf([...schemaIssues(createAssessmentRequest, payload, language), ...rules], ASSESSMENT_FIELDS).fields;
}
