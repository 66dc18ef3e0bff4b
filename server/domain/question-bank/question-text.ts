import { isUtf8 } from 'node:buffer';
import type { Message } from '../../../common/i18n/messages.js';
import { zodIssueText } from '../../../common/i18n/zod-issues.js';
import { createQuestionRequest, type QuestionInput } from '../../../common/schemas/question-bank.js';
import type { Db } from '../../db/database.js';
import { msg } from '../../errors.js';
import { requireAssessment } from '../assessments/assessment-lock.js';
import { shareTheLoop } from '../spreadsheets/share-the-loop.js';
import { fileError, rowsError, type CellIssue } from '../spreadsheets/sheet-errors.js';
import { aikenQuestions } from './aiken-questions.js';
import { giftQuestions } from './gift-questions.js';
import { QUESTION_IMPORT_LIMITS, storeQuestions } from './import-questions.js';

/** A question read from a text format, numbered in file order (1-based). */
export type TextQuestion = { number: number; question: QuestionInput };
/** A question left out because Ujian has no such kind, with the reason a person reads. */
export type SkippedQuestion = { question: number; title: string | null; reason: Message };
export type TextQuestions = { questions: TextQuestion[]; skipped: SkippedQuestion[] };
export type QuestionTextFormat = 'gift' | 'aiken';

/** A text file parses in one go, blocking meanwhile: 1 MB is some 2,000 questions and well under a second. */
export const QUESTION_TEXT_MAX_BYTES = 1024 * 1024;

/** .gift is GIFT; .txt is Aiken when it has `ANSWER:` lines, else GIFT. Null for other files. */
export function questionTextFormat(filename: string, data: Buffer): QuestionTextFormat | null {
  const ext = filename.toLowerCase().split('.').pop();
  if (ext === 'gift') return 'gift';
  if (ext !== 'txt') return null;
  return /^\s*ANSWER:\s*[A-Z]\s*$/im.test(data.toString('utf8')) ? 'aiken' : 'gift';
}

/**
 * Adds the multiple-choice questions of a Moodle GIFT or Aiken file to the package `packageName`
 * (created when missing), or none when any question is bad; questions of other kinds are skipped
 * and listed in `skipped`, each with its reason (a Message, put into words by the route).
 * `rows[].row` is the question's number in the file.
 * Throws `validation` (400) for an unreadable file or bad questions, `not_found` (404).
 */
export async function importQuestionText(
  db: Db,
  actorId: string,
  assessmentId: string,
  data: Buffer,
  format: QuestionTextFormat,
  packageName: string,
) {
  await requireAssessment(db, assessmentId);
  if (!isUtf8(data)) throw fileError(msg('import.textNotUtf8'));
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  const read = format === 'gift' ? { ...giftQuestions(text), issues: [] as CellIssue[] } : aikenQuestions(text);
  const { questions, skipped, issues } = read;
  if (questions.length > QUESTION_IMPORT_LIMITS.maxRows) {
    throw fileError(msg('import.tooManyQuestions', { max: QUESTION_IMPORT_LIMITS.maxRows }));
  }
  for (const [index, { number, question }] of questions.entries()) {
    await shareTheLoop(index);
    const parsed = createQuestionRequest.safeParse(question);
    if (!parsed.success) issues.push(...parsed.error.issues.map((i) => ({ row: number, column: String(i.path[0] ?? ''), message: zodIssueText(i) })));
  }
  if (issues.length) throw rowsError(issues.sort((a, b) => a.row - b.row), 'question');
  if (!questions.length) throw fileError(skipped.length ? msg('import.noQuestionsSkipped', { skipped: skipped.length }) : msg('import.noQuestions'));
  const stored = await storeQuestions(db, actorId, assessmentId, questions.map(({ number, question }) => ({ row: number, packageName, question })));
  return { ...stored, skipped };
}
