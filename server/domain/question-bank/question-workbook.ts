import ExcelJS from 'exceljs';
import { msg, translate, type Message } from '../../../common/i18n/messages.js';
import { LANGUAGES, type Language } from '../../../common/languages.js';
import { MAX_OPTIONS, MIN_OPTIONS, QUESTION_COLUMNS } from '../../../common/schemas/question-bank.js';
import type { Db } from '../../db/database.js';
import { extensionOf, type ImageType } from '../images/image-type.js';
import { loadImages } from '../images/images-service.js';
import { loadQuestionBank } from './packages-service.js';
import { imageColumnsOf, questionCells, type CellValue } from './question-rows.js';

export const QUESTIONS_SHEET = 'questions';

/** The instructions sheet, row by row: a column name (or a heading) and what to enter there. */
const INSTRUCTIONS: [string | Message, Message | ''][] = [
  ['package', msg('template.package')],
  ['question', msg('template.question')],
  ['option_a … option_h', msg('template.options', { min: MIN_OPTIONS, max: MAX_OPTIONS })],
  ['correct', msg('template.correct')],
  ['points', msg('template.points')],
  ['', ''],
  [msg('template.rulesHeading'), msg('template.rules')],
  ['', msg('template.appends')],
  ['', msg('template.allOrNothing')],
  ['', msg('template.exportSameFormat')],
  [msg('template.picturesHeading'), msg('template.pictures')],
];

/** The instructions sheet of each language: its name and header row. */
const INSTRUCTIONS_SHEET: Record<Language, { name: string; header: [string, string] }> = {
  id: { name: 'petunjuk', header: ['kolom', 'yang diisi'] },
  en: { name: 'instructions', header: ['column', 'what to enter'] },
};

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

/**
 * A workbook in the import format: the "questions" sheet with `rows`, then the instructions in
 * each language, the reader's `language` first ("petunjuk", "instructions").
 */
export async function writeQuestionWorkbook(language: Language, rows: CellValue[][], pictures: WorkbookPicture[] = []): Promise<Buffer> {
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

  for (const lang of [language, ...LANGUAGES.filter((l) => l !== language)]) {
    const { name, header } = INSTRUCTIONS_SHEET[lang];
    const help = workbook.addWorksheet(name);
    help.columns = [
      { header: header[0], width: 22 },
      { header: header[1], width: 100 },
    ];
    help.getRow(1).font = { bold: true };
    help.addRows(INSTRUCTIONS.map((row) => row.map((cell) => translate(lang, cell))));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template (two sample questions) with the instructions in `language` first. */
export const questionTemplate = (language: Language) => writeQuestionWorkbook(language, TEMPLATE_ROWS);

/** Every package's questions in the import format, packages by name, questions in order, pictures included. */
export async function exportQuestions(db: Db, assessmentId: string, language: Language): Promise<Buffer> {
  const questions = (await loadQuestionBank(db, assessmentId)).flatMap((pkg) => pkg.questions.map((question) => ({ pkg, question })));
  const placed = questions.flatMap(({ question }, rowIndex) => imageColumnsOf(question).map((p) => ({ ...p, rowIndex })));
  const images = await loadImages(db, [...new Set(placed.map((p) => p.imageId))]);
  return writeQuestionWorkbook(
    language,
    questions.map(({ pkg, question }) => questionCells(pkg.name, question)),
    placed.map(({ rowIndex, column, imageId }) => ({ rowIndex, column, content: images.get(imageId)!.content, contentType: images.get(imageId)!.contentType })),
  );
}
