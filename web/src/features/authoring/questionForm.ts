import type { Language } from '@common/languages';
import { createQuestionRequest, MAX_OPTIONS, MIN_OPTIONS, OPTION_LETTERS } from '@common/schemas/question-bank';
import type { AuthoredQuestion, QuestionInput } from '../../api/questionBank';
import { formIssuesOf, schemaIssues, type FormIssues, type PathIssue } from '../../i18n/schemaIssues';

export { MAX_OPTIONS, MIN_OPTIONS, OPTION_LETTERS };

/** An option as edited; `key` keeps React's identity stable while options are added and removed. */
export interface OptionDraft {
  key: number;
  text: string;
  imageId: string | null;
}

export interface QuestionDraft {
  text: string;
  points: string;
  imageId: string | null;
  options: OptionDraft[];
  /** Index of the one correct option, or null while none is chosen. */
  correctIndex: number | null;
}

let nextKey = 1;
export const newOption = (text = '', imageId: string | null = null): OptionDraft => ({ key: nextKey++, text, imageId });

export function emptyDraft(): QuestionDraft {
  return { text: '', points: '1', imageId: null, options: [newOption(), newOption(), newOption(), newOption()], correctIndex: null };
}

export function draftOf(question: AuthoredQuestion): QuestionDraft {
  const correct = question.options.findIndex((option) => option.correct);
  return {
    text: question.text,
    points: String(question.points),
    imageId: question.imageId,
    options: question.options.map((option) => newOption(option.text, option.imageId)),
    correctIndex: correct < 0 ? null : correct,
  };
}

export function questionPayload(draft: QuestionDraft): QuestionInput {
  return {
    text: draft.text,
    points: draft.points.trim() === '' ? Number.NaN : Number(draft.points),
    imageId: draft.imageId,
    options: draft.options.map((option, index) => ({ text: option.text, correct: index === draft.correctIndex, imageId: option.imageId })),
  };
}

/** The slot of option `index`'s text: an issue at that path shows under that option. */
export const optionTextField = (index: number) => `options.${index}.text`;

/**
 * The editor's slots for issues: the question text, its points, the options as a whole (how many,
 * which is the key) and each option's text; an issue on anything else shows above the form.
 */
export const questionFields = (optionCount: number) => ['text', 'points', 'options', ...Array.from({ length: optionCount }, (_, i) => optionTextField(i))];

/** Issues (the schema's or the server's, `path` dotted) as the editor with `optionCount` options shows them. */
export function questionFormIssues(issues: readonly PathIssue[], optionCount: number, language: Language): FormIssues {
  return formIssuesOf(issues, questionFields(optionCount), language);
}

/** What the server would refuse, checked with its own schema (createQuestionRequest), in `language`. */
export function validateQuestion(draft: QuestionDraft, language: Language): FormIssues {
  return questionFormIssues(schemaIssues(createQuestionRequest, questionPayload(draft), language), draft.options.length, language);
}
