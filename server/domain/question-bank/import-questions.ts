import { OPTION_LETTERS, QUESTION_COLUMNS, QUESTION_REQUIRED_COLUMNS, type ImportQuestionsResponse } from '../../../common/schemas/question-bank.js';
import type { Db } from '../../db/database.js';
import { msg } from '../../errors.js';
import { lockQuestionBank, requireAssessment } from '../assessments/assessment-lock.js';
import { recordAudit } from '../audit.js';
import { storeImage } from '../images/images-service.js';
import { readSheet, type ImportLimits, type SheetSpec } from '../spreadsheets/read-sheet.js';
import { shareTheLoop } from '../spreadsheets/share-the-loop.js';
import { rowsError, type CellIssue } from '../spreadsheets/sheet-errors.js';
import { sheetImages } from '../spreadsheets/xlsx-images.js';
import { appendQuestions } from './append-questions.js';
import { ensurePackages } from './packages-service.js';
import { parseQuestionRow, type QuestionRow } from './question-rows.js';
import { QUESTIONS_SHEET } from './question-workbook.js';
import { picturesByRow, type RowPictures } from './workbook-pictures.js';

type ParsedRow = QuestionRow & { row: number; pictures?: RowPictures };

export const QUESTION_IMPORT_LIMITS: ImportLimits = {
  maxUploadBytes: 10 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRows: 10_000,
};
const SHEET: SheetSpec = {
  columns: QUESTION_COLUMNS,
  required: QUESTION_REQUIRED_COLUMNS,
  kinds: { points: 'number' },
  sheetName: QUESTIONS_SHEET,
  limits: QUESTION_IMPORT_LIMITS,
  rowsAre: 'questions',
};

/**
 * Adds every question of the workbook to its package (creating packages by name), or none: all
 * rows are checked first, and the writes share one transaction that holds the question-bank lock,
 * so a worker starting meanwhile makes the import a 409 rather than a change under their feet.
 * Text cells are taken as Excel shows them (25%, 17/08/1945, Rp 1.500.000), see display-text.ts.
 * Pictures placed over a question or option cell become that question's or option's image
 * (workbook-pictures.ts). Throws `validation` (400) for a bad file or bad rows, `not_found` (404) for an unknown assessment.
 */
export async function importQuestions(db: Db, actorId: string, assessmentId: string, file: Buffer): Promise<ImportQuestionsResponse> {
  await requireAssessment(db, assessmentId);
  const { rows, issues, columns } = await readSheet(file, 'xlsx', SHEET);
  const pictures = picturesByRow(sheetImages(file, QUESTION_IMPORT_LIMITS.maxUncompressedBytes, QUESTIONS_SHEET), columns);
  issues.push(...pictures.issues);
  const parsed: ParsedRow[] = [];
  for (const [index, { row, cells }] of rows.entries()) {
    await shareTheLoop(index);
    const result = parseQuestionRow(cells);
    const rowPictures = pictures.byRow.get(row);
    if (result.row) parsed.push({ ...result.row, row, pictures: rowPictures });
    issues.push(...result.issues.map((issue): CellIssue => ({ row, ...issue })));
    if (result.row && rowPictures) issues.push(...picturesWithoutOption(row, rowPictures, result.row.question.options.length));
  }
  if (issues.length) throw rowsError(issues.sort((a, b) => a.row - b.row));
  return storeQuestions(db, actorId, assessmentId, parsed);
}

/**
 * Writes checked questions in one transaction holding the question-bank lock: packages created by
 * name, questions appended after those already there. `row` is where each came from in the file.
 */
export async function storeQuestions(
  db: Db,
  actorId: string,
  assessmentId: string,
  parsed: ParsedRow[],
): Promise<ImportQuestionsResponse> {
  return db.transaction(async (tx) => {
    await lockQuestionBank(tx, assessmentId);
    const packages = await ensurePackages(tx, assessmentId, [...new Set(parsed.map((p) => p.packageName))]);
    const questions = [];
    for (const p of parsed) questions.push({ packageId: packages.byName(p.packageName).id, question: await withImages(tx, actorId, p) });
    const added = await appendQuestions(tx, questions);
    await recordAudit(tx, {
      actorId,
      action: 'question.import',
      targetType: 'assessment',
      targetId: assessmentId,
      after: { questions: added.length, packagesCreated: packages.created },
    });
    return {
      created: added.length,
      packagesCreated: packages.created,
      rows: parsed.map((p, i) => ({ row: p.row, package: packages.byName(p.packageName).name, position: added[i]!.position })),
    };
  });
}

/** A picture over an empty option cell has no option to go with. */
function picturesWithoutOption(row: number, pictures: RowPictures, optionCount: number): CellIssue[] {
  return pictures.options.flatMap((picture, i) =>
    picture && i >= optionCount ? [{ row, column: `option_${OPTION_LETTERS[i]!.toLowerCase()}`, message: msg('import.pictureWithoutOption') }] : [],
  );
}

/** The row's question with its pictures stored (identical pictures share one image). */
async function withImages(tx: Db, actorId: string, { question, pictures }: ParsedRow): Promise<QuestionRow['question']> {
  if (!pictures) return question;
  const idOf = async (data: Buffer | undefined) => (data ? (await storeImage(tx, actorId, data)).id : undefined);
  const options = [];
  for (const [i, option] of question.options.entries()) options.push({ ...option, imageId: (await idOf(pictures.options[i])) ?? option.imageId });
  return { ...question, imageId: (await idOf(pictures.question)) ?? question.imageId, options };
}
