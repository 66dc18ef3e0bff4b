import type { ZodError } from 'zod';
import { msg, type Message } from '../../../common/i18n/messages.js';
import { zodIssueText } from '../../../common/i18n/zod-issues.js';
import {
  createQuestionRequest,
  OPTION_LETTERS,
  packageName as packageNameSchema,
  type QuestionInput,
} from '../../../common/schemas/question-bank.js';

/** One question as a workbook row: the package it belongs to and the question itself. */
export type QuestionRow = { packageName: string; question: QuestionInput };
export type RowIssue = { column: string; message: Message };
export type CellValue = string | number | null;

const optionColumn = (index: number) => `option_${OPTION_LETTERS[index]!.toLowerCase()}`;

/** The cells of a row in QUESTION_COLUMNS order; what export writes and import reads back. */
export function questionCells(packageName: string, question: Pick<QuestionInput, 'text' | 'points' | 'options'>): CellValue[] {
  const correct = question.options.findIndex((o) => o.correct);
  return [
    packageName,
    question.text,
    ...OPTION_LETTERS.map((_, i) => question.options[i]?.text ?? null),
    OPTION_LETTERS[correct] ?? null,
    question.points,
  ];
}

/** The workbook column each image of a question sits over: `question`, or the option's column. */
export function imageColumnsOf(question: Pick<QuestionInput, 'imageId' | 'options'>): { column: string; imageId: string }[] {
  const placed = question.imageId ? [{ column: 'question', imageId: question.imageId }] : [];
  question.options.forEach((option, i) => {
    if (option.imageId) placed.push({ column: optionColumn(i), imageId: option.imageId });
  });
  return placed;
}

/** Which part of a row's question a workbook column holds: the question, option `i`, or neither. */
export function imageTargetOf(column: string | undefined): 'question' | number | null {
  if (column === 'question') return 'question';
  const index = OPTION_LETTERS.findIndex((_, i) => optionColumn(i) === column);
  return index >= 0 ? index : null;
}

/**
 * Reads one row (cells keyed by column) into a question, or says what is wrong with it, column by
 * column. The question's own rules are the API's schema, so both answer with the same sentence.
 */
export function parseQuestionRow(cells: Record<string, string>): { row?: QuestionRow; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const packageName = cells.package ?? '';
  const name = packageNameSchema.safeParse(packageName);
  if (!name.success) issues.push({ column: 'package', message: zodIssueText(name.error.issues[0]!) });

  const optionTexts = OPTION_LETTERS.map((_, i) => cells[optionColumn(i)] ?? '');
  const lastFilled = optionTexts.findLastIndex((t) => t !== '');
  optionTexts.slice(0, lastFilled).forEach((text, i) => {
    if (text === '') issues.push({ column: optionColumn(i), message: msg('import.optionGap', { column: optionColumn(i) }) });
  });

  const correct = correctIndex(cells.correct ?? '', optionTexts);
  if (typeof correct !== 'number') issues.push({ column: 'correct', message: correct });

  const points = cells.points ? Number(cells.points) : 1;
  const parsed = createQuestionRequest.safeParse({
    text: cells.question ?? '',
    points,
    options: optionTexts.filter((t) => t !== '').map((text, i) => ({ text, correct: i === correct })),
  });
  if (!parsed.success) {
    for (const issue of columnIssues(parsed.error)) if (!issues.some((i) => i.column === issue.column)) issues.push(issue);
  }
  return issues.length || !parsed.success ? { issues } : { row: { packageName: name.data!, question: parsed.data }, issues };
}

/** The 0-based option the `correct` cell names, or why it names none. */
function correctIndex(cell: string, optionTexts: string[]): number | Message {
  const letter = cell.toUpperCase();
  if (!letter) return msg('import.correctMissing');
  const index = OPTION_LETTERS.indexOf(letter as (typeof OPTION_LETTERS)[number]);
  if (index < 0) {
    return /^[A-H](\s*[,;/&]?\s*[A-H])+$/.test(letter)
      ? msg('import.correctSeveral', { cell })
      : msg('import.correctNotALetter', { cell });
  }
  if (!optionTexts[index]) return msg('import.correctEmptyOption', { letter, column: optionColumn(index) });
  return index;
}

function columnIssues(error: ZodError): RowIssue[] {
  return error.issues.map((issue) => {
    const [field, index] = issue.path;
    const message = zodIssueText(issue);
    if (field === 'text') return { column: 'question', message };
    if (field === 'points') return { column: 'points', message };
    if (field === 'options' && typeof index === 'number') return { column: optionColumn(index), message };
    // The list of options as a whole: too few of them, or not exactly one correct.
    return { column: issue.code === 'too_small' ? optionColumn(1) : 'correct', message };
  });
}
