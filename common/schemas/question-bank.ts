import { z } from 'zod';
import { multiLine, singleLine } from './text.js';
import { AT_LEAST_ONE_FIELD, atLeastOneField, entityId } from './fields.js';

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 8;
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

const multilineText = (what: string, max: number) =>
  multiLine()
    .min(1, `Enter the ${what}`)
    .max(max, `The ${what} may have at most ${max} characters`);

export const questionPoints = z
  .number({ error: 'Points must be a whole number of at least 1' })
  .int('Points must be a whole number of at least 1')
  .min(1, 'Points must be a whole number of at least 1')
  .max(1000, 'Points may be at most 1000');

/** The catalog sentence (common/i18n) for a question whose number of correct options is not one. */
const correctCountIssue = (count: number) =>
  count === 0 ? { message: 'question.markOneCorrect', params: {} } : { message: 'question.onlyOneCorrect', params: { count } };

/** An uploaded image's id (POST /api/images); null or absent: no image. */
const imageIdInput = entityId.nullable().optional();

const optionInput = z.strictObject({
  text: multilineText('option text', 2000),
  correct: z.boolean().default(false),
  imageId: imageIdInput,
});

const questionFields = {
  text: multilineText('question text', 10_000),
  points: questionPoints,
  imageId: imageIdInput,
  options: z
    .array(optionInput)
    .min(MIN_OPTIONS, `Give at least ${MIN_OPTIONS} options`)
    .max(MAX_OPTIONS, `Give at most ${MAX_OPTIONS} options`)
    .superRefine((options, ctx) => {
      const correct = options.filter((o) => o.correct).length;
      if (correct !== 1) ctx.addIssue({ code: 'custom', ...correctCountIssue(correct) });
    }),
};

export const createQuestionRequest = z.strictObject({ ...questionFields, points: questionFields.points.default(1) });
export type QuestionInput = z.infer<typeof createQuestionRequest>;

/** Sending `options` replaces all of them (new option ids). */
export const updateQuestionRequest = z.strictObject(questionFields).partial().refine(atLeastOneField, AT_LEAST_ONE_FIELD);
export type UpdateQuestionRequest = z.infer<typeof updateQuestionRequest>;

export const packageName = singleLine().min(1, 'Enter a package name, e.g. A').max(40, 'A package name has at most 40 characters');

/** Without a name the package gets the next free letter. */
export const createPackageRequest = z.strictObject({ name: packageName.optional() });

export const questionPackage = z.object({ id: z.string(), name: z.string() });

/** A question as staff see it, correct answer included. Never shown to workers. */
export const authoredQuestion = z.object({
  id: z.string(),
  packageId: z.string(),
  position: z.number(),
  text: z.string(),
  points: z.number(),
  imageId: z.string().nullable(),
  options: z.array(z.object({ id: z.string(), text: z.string(), correct: z.boolean(), imageId: z.string().nullable() })),
});
export type AuthoredQuestion = z.infer<typeof authoredQuestion>;

/** The whole new order of a package: every one of its question ids, each once. */
export const questionOrderRequest = z.strictObject({
  questionIds: z.array(z.string().min(1).max(100)).min(1, 'List the questions of the package').max(10_000, 'A package has at most 10000 questions'),
});
export type QuestionOrderRequest = z.infer<typeof questionOrderRequest>;

export const packageWithQuestions = questionPackage.extend({
  /** Workers whose session uses this package: such a package cannot be deleted. */
  sessionCount: z.number(),
  questions: z.array(authoredQuestion),
});

/** Columns of the question workbook (template, import and export), in order. */
export const QUESTION_COLUMNS = [
  'package',
  'question',
  ...OPTION_LETTERS.map((l) => `option_${l.toLowerCase()}`),
  'correct',
  'points',
] as const;
/** The columns a workbook must have (a question needs two options at least); the others may be left out. */
export const QUESTION_REQUIRED_COLUMNS: readonly (typeof QUESTION_COLUMNS)[number][] = ['package', 'question', 'option_a', 'option_b', 'correct'];

export const importQuestionsResponse = z.object({
  created: z.number(),
  packagesCreated: z.array(z.string()),
  /** One line per imported row: where its question went. */
  rows: z.array(z.object({ row: z.number(), package: z.string(), position: z.number() })),
  /** GIFT/Aiken only: questions of kinds Ujian does not have, by number in the file, with the reason. */
  skipped: z.array(z.object({ question: z.number(), title: z.string().nullable(), reason: z.string() })).optional(),
});
export type ImportQuestionsResponse = z.infer<typeof importQuestionsResponse>;
