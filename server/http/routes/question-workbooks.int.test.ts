import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { QUESTION_COLUMNS } from '../../../common/schemas/question-bank.js';
import { addQuestion, assessmentWithQuestions, countRows, createAssessment, createPackage, fileUpload, useTestServer } from '../../test/factories.js';

const s = useTestServer();

const importFile = (assessmentId: string, filename: string, content: Buffer | string) => {
  const { payload, headers } = fileUpload(filename, content);
  return s.hc.post(`/api/assessments/${assessmentId}/packages/import`, payload, { headers });
};

/** Every sheet's name and cell values: what "the same workbook content" means. */
async function workbookContent(data: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, values: sheet.getSheetValues() }));
}

type Cell = ExcelJS.CellValue;
/** An .xlsx with one sheet: a header row and data rows. */
async function workbook(rows: Cell[][], options: { sheet?: string; header?: readonly string[] } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(options.sheet ?? 'questions');
  sheet.addRow([...(options.header ?? QUESTION_COLUMNS)]);
  sheet.addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A good row in QUESTION_COLUMNS order, with `changes` by column name. */
function row(changes: Record<string, Cell> = {}): Cell[] {
  const base: Record<string, Cell> = { package: 'A', question: 'Apa itu APAR?', option_a: 'Alat pemadam', option_b: 'Alat ukur', correct: 'A', points: 1 };
  return QUESTION_COLUMNS.map((c) => ({ ...base, ...changes })[c] ?? null);
}

const questionCount = () => countRows(s.t.database, 'questions');
const packageCount = () => countRows(s.t.database, 'question_packages');

describe('question workbooks', () => {
  it('offers a template with the columns and an instructions sheet, which imports as it is', async () => {
    const a = await createAssessment(s.hc);
    const res = await s.hc.get(`/api/assessments/${a.id}/packages/template.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const [questions, instructions] = await workbookContent(res.rawPayload);
    expect(questions!.name).toBe('questions');
    expect((questions!.values[1] as Cell[]).slice(1)).toEqual([...QUESTION_COLUMNS]);
    expect(instructions!.name).toBe('instructions');
    const imported = await importFile(a.id, 'template.xlsx', res.rawPayload);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ created: 2, packagesCreated: ['A'] });
  });

  it('export -> import into a fresh assessment -> export gives the same workbook content', async () => {
    const { assessment, packages } = await assessmentWithQuestions(s.hc, { packages: 2, questions: 3 });
    await addQuestion(s.hc, packages[1]!.id, {
      text: 'Soal dengan\nbaris baru dan "kutipan"; = bukan rumus',
      points: 5,
      options: 'ABCDEFGH'.split('').map((l) => ({ text: `Pilihan ${l}\nbaris dua`, correct: l === 'H' })),
    });
    const first = await s.hc.get(`/api/assessments/${assessment.id}/packages/export`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-disposition']).toBe('attachment; filename="questions-uji-k3-dasar.xlsx"');
    const inIndonesian = await s.hc.get(`/api/assessments/${assessment.id}/packages/export?lang=id`);
    expect(inIndonesian.headers['content-disposition']).toBe('attachment; filename="soal-uji-k3-dasar.xlsx"');

    const fresh = await createAssessment(s.hc, { title: 'Salinan' });
    const imported = await importFile(fresh.id, 'soal.xlsx', first.rawPayload);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ created: 7, packagesCreated: ['A', 'B'] });
    expect(imported.json().rows[6]).toEqual({ row: 8, package: 'B', position: 4 });

    const second = await s.hc.get(`/api/assessments/${fresh.id}/packages/export`);
    expect(await workbookContent(second.rawPayload)).toEqual(await workbookContent(first.rawPayload));
    const strip = (pkgs: { questions: { text: string; points: number; options: { text: string; correct: boolean }[] }[] }[]) =>
      pkgs.map((p) => p.questions.map((q) => [q.text, q.points, q.options.map((o) => [o.text, o.correct])]));
    const bankOf = async (id: string) => strip((await s.hc.get(`/api/assessments/${id}/packages`)).json().packages);
    expect(await bankOf(fresh.id)).toEqual(await bankOf(assessment.id));
  });

  it('adds to existing packages by name, whatever the case, and creates the missing ones', async () => {
    const a = await createAssessment(s.hc);
    const pkg = await createPackage(s.hc, a.id);
    await addQuestion(s.hc, pkg.id);
    const res = await importFile(a.id, 'soal.xlsx', await workbook([row({ package: 'a' }), row({ package: 'Lanjutan' }), row({ package: 'A' })]));
    expect(res.json()).toEqual({
      created: 3,
      packagesCreated: ['Lanjutan'],
      rows: [
        { row: 2, package: 'A', position: 2 },
        { row: 3, package: 'Lanjutan', position: 1 },
        { row: 4, package: 'A', position: 3 },
      ],
    });
  });
});

describe('a bad workbook imports nothing', () => {
  const rowCases: [string, Cell[][], { row: number; column: string; message: RegExp }][] = [
    ['a formula', [row(), row({ points: { formula: '1+1', result: 2 } as Cell })], { row: 3, column: 'points', message: /Formulas are not accepted/ }],
    ['two correct answers', [row({ correct: 'A, B' })], { row: 2, column: 'correct', message: /names several/ }],
    ['no correct answer', [row(), row(), row({ correct: null })], { row: 4, column: 'correct', message: /Enter the letter of the correct option/ }],
    ['fewer than 2 options', [row({ option_b: null })], { row: 2, column: 'option_b', message: /at least 2 options/ }],
    ['a letter pointing at an empty option', [row({ correct: 'D' })], { row: 2, column: 'correct', message: /correct answer is D, but option_d is empty/ }],
    ['a gap between options', [row({ option_d: 'Lain' })], { row: 2, column: 'option_c', message: /without gaps/ }],
    ['points below 1', [row({ points: 0 })], { row: 2, column: 'points', message: /at least 1/ }],
    ['no package', [row({ package: null })], { row: 2, column: 'package', message: /package name/ }],
    ['no question text', [row({ question: '   ' })], { row: 2, column: 'question', message: /Enter the question text/ }],
  ];

  it.each(rowCases)('%s: 400 naming the row and column', async (_, rows, expected) => {
    const a = await createAssessment(s.hc);
    const before = [await questionCount(), await packageCount()];
    const res = await importFile(a.id, 'soal.xlsx', await workbook(rows));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation', message: expect.stringMatching(/nothing was imported/) });
    expect(res.json().rows).toEqual([{ row: expected.row, column: expected.column, message: expect.stringMatching(expected.message) }]);
    expect([await questionCount(), await packageCount()]).toEqual(before);
  });

  const fileCases: [string, string, () => Promise<Buffer | string>, RegExp][] = [
    ['a broken .xlsx', 'soal.xlsx', async () => Buffer.from('PK\u0003\u0004 this is not a zip'), /could not be read as an \.xlsx workbook/],
    ['an empty file', 'soal.xlsx', async () => '', /The file is empty/],
    ['a wrong sheet', 'soal.xlsx', async () => workbook([['budi', 'Budi']], { sheet: 'users', header: ['username', 'name'] }), /sheet "users".*missing: package, question/],
    ['a missing column', 'soal.xlsx', async () => workbook([], { header: QUESTION_COLUMNS.filter((c) => c !== 'correct') }), /missing: correct\./],
    ['only a header row', 'soal.xlsx', async () => workbook([]), /no data rows/],
    ['20 MB of junk', 'soal.xlsx', async () => Buffer.alloc(20 * 1024 * 1024, 'x'), /The file is larger than 10 MB/],
    ['a CSV file', 'soal.csv', async () => 'package,question\nA,Apa?', /Import an \.xlsx workbook .* or a Moodle GIFT/],
  ];

  it.each(fileCases)('%s: 400 with the reason', async (_, filename, content, message) => {
    const a = await createAssessment(s.hc);
    const before = [await questionCount(), await packageCount()];
    const res = await importFile(a.id, filename, await content());
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation', message: expect.stringMatching(message) });
    expect([await questionCount(), await packageCount()]).toEqual(before);
  });

  it('refuses a request without a file, and an unknown assessment', async () => {
    const a = await createAssessment(s.hc);
    expect((await s.hc.post(`/api/assessments/${a.id}/packages/import`, {})).statusCode).toBe(400);
    expect((await importFile('no-such-id', 'soal.xlsx', await workbook([row()]))).statusCode).toBe(404);
  });

  it('one bad row among many good ones still imports nothing', async () => {
    const a = await createAssessment(s.hc);
    const rows = Array.from({ length: 50 }, (_, i) => row({ question: `Soal ${i}` }));
    rows[30] = row({ correct: 'Z' });
    const res = await importFile(a.id, 'soal.xlsx', await workbook(rows));
    expect(res.statusCode).toBe(400);
    expect(res.json().rows).toEqual([{ row: 32, column: 'correct', message: 'Use one letter from A to H for the correct option, not "Z".' }]);
    expect((await s.hc.get(`/api/assessments/${a.id}`)).json()).toMatchObject({ packageCount: 0, questionCount: 0 });
  });
});
