import { MAX_OPTIONS, MIN_OPTIONS, OPTION_LETTERS } from '@common/schemas/question-bank';
import type { TFunction } from 'i18next';
import type { AuthoredQuestion, QuestionInput } from '../../api/questionBank';

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

export type QuestionErrors = Partial<Record<'text' | 'points' | 'options', string>>;

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

/** The question rules of the API (text, points >= 1, 2–8 filled options, exactly one correct). */
export function validateQuestion(t: TFunction, draft: QuestionDraft): QuestionErrors {
  const errors: QuestionErrors = {};
  if (!draft.text.trim()) errors.text = t('authoring.question.errors.textRequired');
  const points = Number(draft.points);
  if (draft.points.trim() === '' || !Number.isInteger(points) || points < 1 || points > 1000) errors.points = t('authoring.question.errors.points');
  if (draft.options.some((option) => !option.text.trim())) errors.options = t('authoring.question.errors.optionEmpty');
  else if (draft.correctIndex === null) errors.options = t('authoring.question.errors.correctMissing');
  return errors;
}

/** Server issue paths ("text", "points", "options.2.text") folded onto the three error slots. */
export function questionErrorSlot(path: string): keyof QuestionErrors | null {
  const field = path.split('.')[0];
  return field === 'text' || field === 'points' || field === 'options' ? field : null;
}
