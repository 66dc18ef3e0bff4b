import ExcelJS from 'exceljs';
import { MAX_OPTIONS, MIN_OPTIONS, QUESTION_COLUMNS } from '../../../common/schemas/question-bank.js';
import type { Db } from '../../db/database.js';
import { extensionOf, type ImageType } from '../images/image-type.js';
import { loadImages } from '../images/images-service.js';
import { loadQuestionBank } from './packages-service.js';
import { imageColumnsOf, questionCells, type CellValue } from './question-rows.js';

export const QUESTIONS_SHEET = 'questions';

const INSTRUCTIONS: [string, string][] = [
  ['package', 'Package name, e.g. A or B. Rows of the same package form one package; a new name creates the package.'],
  ['question', 'The question text. Line breaks (Alt+Enter) are kept as the worker will see them.'],
  ['option_a … option_h', `${MIN_OPTIONS} to ${MAX_OPTIONS} options, filled from option_a onwards without gaps.`],
  ['correct', 'The letter of the one correct option: A to H.'],
  ['points', 'Points for a correct answer: a whole number of at least 1 (empty means 1).'],
  ['', ''],
  ['Rules', 'Type values, not formulas. Keep the first row of the "questions" sheet as it is.'],
  ['', 'Importing adds the questions after those already in each package.'],
  ['', 'A file with any bad row imports nothing: the report names the row and column to fix.'],
  ['', 'Export writes this same format, so an exported file can be edited and imported into another assessment.'],
  ['Pictures', 'Insert a PNG, JPEG or WebP picture (at most 2 MB) over the question or option cell it belongs to: its top-left corner decides.'],
];

/** A picture of a data row (0-based), placed over the cell of `column` (question or option_x). */
export type WorkbookPicture = { rowIndex: number; column: string; content: Buffer; contentType: string };
/** Height of a row with pictures, in points: the text first, the picture below it. */
const PICTURE_ROW_HEIGHT = 110;
const PICTURE_SIZE = { width: 120, height: 80 };

/** Two sample rows for the template, so the format explains itself. */
const TEMPLATE_ROWS: CellValue[][] = [
  questionCells('A', {
    text: 'Alat pemadam api ringan (APAR) jenis apa yang tepat untuk kebakaran panel listrik?',
    points: 1,
    options: [
      { text: 'Air', correct: false },
      { text: 'Busa (foam)', correct: false },
      { text: 'CO2', correct: true },
      { text: 'Pasir basah', correct: false },
    ],
  }),
  questionCells('A', {
    text: 'Urutan langkah LOTO yang benar adalah:\n1) isolasi energi, 2) pasang gembok dan label, 3) uji nol energi.\nPernyataan ini…',
    points: 2,
    options: [
      { text: 'Benar', correct: true },
      { text: 'Salah', correct: false },
    ],
  }),
];

/** A workbook in the import format: the "questions" sheet with `rows` and an "instructions" sheet. */
export async function writeQuestionWorkbook(rows: CellValue[][], pictures: WorkbookPicture[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ujian';
  const sheet = workbook.addWorksheet(QUESTIONS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = QUESTION_COLUMNS.map((column) => ({
    header: column,
    key: column,
    width: column === 'question' ? 60 : column.startsWith('option_') ? 28 : 10,
    // Text format: what HC types (0012, 25%, 17/08/1945) stays as typed instead of becoming a number.
    style: { alignment: { wrapText: true, vertical: 'top' }, ...(column === 'points' ? {} : { numFmt: '@' }) },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(rows);
  for (const picture of pictures) {
    const row = picture.rowIndex + 1; // 0-based sheet row: the header is row 0
    sheet.getRow(row + 1).height = PICTURE_ROW_HEIGHT;
    // exceljs types list png, jpeg and gif only; it writes any extension (webp) with its image/ type.
    const extension = extensionOf(picture.contentType as ImageType) as 'png';
    const imageId = workbook.addImage({ buffer: picture.content as unknown as ExcelJS.Buffer, extension });
    const column = QUESTION_COLUMNS.indexOf(picture.column as (typeof QUESTION_COLUMNS)[number]);
    sheet.addImage(imageId, { tl: { col: column, row: row + 0.45 }, ext: PICTURE_SIZE, editAs: 'oneCell' });
  }

  const help = workbook.addWorksheet('instructions');
  help.columns = [
    { header: 'column', width: 22 },
    { header: 'what to enter', width: 100 },
  ];
  help.getRow(1).font = { bold: true };
  help.addRows(INSTRUCTIONS);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const questionTemplate = () => writeQuestionWorkbook(TEMPLATE_ROWS);

/** Every package's questions in the import format, packages by name, questions in order, pictures included. */
export async function exportQuestions(db: Db, assessmentId: string): Promise<Buffer> {
  const questions = (await loadQuestionBank(db, assessmentId)).flatMap((pkg) => pkg.questions.map((question) => ({ pkg, question })));
  const placed = questions.flatMap(({ question }, rowIndex) => imageColumnsOf(question).map((p) => ({ ...p, rowIndex })));
  const images = await loadImages(db, [...new Set(placed.map((p) => p.imageId))]);
  return writeQuestionWorkbook(
    questions.map(({ pkg, question }) => questionCells(pkg.name, question)),
    placed.map(({ rowIndex, column, imageId }) => ({ rowIndex, column, content: images.get(imageId)!.content, contentType: images.get(imageId)!.contentType })),
  );
}
