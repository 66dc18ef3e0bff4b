import { Message, translate } from '@common/i18n/messages';
import type { Language } from '@common/languages';
import {
  assessmentRuleIssues, createAssessmentRequest, DEFAULT_TIME_ZONE, EDITABLE_AFTER_START, type AssessmentTimeZone, type OverduePolicy,
} from '@common/schemas/assessments';
import type { Assessment, AssessmentChanges, NewAssessment } from '../../api/assessments';
import { formIssuesOf, schemaIssues } from '../../i18n/schemaIssues';
import { instantOf, parseWallClock, wallClockIn, type WallClock } from '../../i18n/zonedTime';

/** The editor's inputs as typed: numbers stay text until saved, times are wall-clock times in `timeZone`. */
export interface AssessmentFormValues {
  title: string;
  description: string;
  /** In `timeZone`, not the browser's zone; '' while the field is empty. */
  opensAt: WallClock;
  closesAt: WallClock;
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

/** A new assessment in WIB: opens at the next full hour (Indonesia's offsets are whole hours) for a day, 60 minutes, pass at 70 %. */
export function newAssessmentValues(now = new Date()): AssessmentFormValues {
  const opens = new Date(Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS);
  return {
    title: '',
    description: '',
    opensAt: wallClockIn(opens, DEFAULT_TIME_ZONE),
    closesAt: wallClockIn(new Date(opens.getTime() + 24 * HOUR_MS), DEFAULT_TIME_ZONE),
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
    opensAt: wallClockIn(assessment.opensAt, assessment.timeZone),
    closesAt: wallClockIn(assessment.closesAt, assessment.timeZone),
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
    opensAt: instantOf(values.opensAt, values.timeZone),
    closesAt: instantOf(values.closesAt, values.timeZone),
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

/**
 * The form once HC picks another zone. A time HC can still edit keeps its digits, now read in the
 * new zone: HC writes an exam's hours as the local time of the site taking it ("opens 08:00") and
 * picks the zone to say whose 08:00 that is, so a zone picked after the times must not turn 08:00
 * into 09:00. A time that can no longer change (`frozen`: the opening once a worker has started)
 * keeps its instant instead, shown on the new zone's clock, so changing the zone never moves it.
 */
export function withTimeZone(values: AssessmentFormValues, timeZone: AssessmentTimeZone, frozen: (field: AssessmentField) => boolean): AssessmentFormValues {
  const keepInstant = (field: 'opensAt' | 'closesAt') =>
    frozen(field) && parseWallClock(values[field]) ? wallClockIn(instantOf(values[field], values.timeZone), timeZone) : values[field];
  return { ...values, timeZone, opensAt: keepInstant('opensAt'), closesAt: keepInstant('closesAt') };
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
  return formIssuesOf([...schemaIssues(createAssessmentRequest, payload, language), ...rules], ASSESSMENT_FIELDS, language).fields;
}
