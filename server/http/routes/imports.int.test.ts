import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { QUESTION_COLUMNS, type QuestionInput } from '../../../common/schemas/question-bank.js';
import { USER_IMPORT_COLUMNS } from '../../../common/schemas/users.js';
import { chunkSizeFor, MAX_PARAMETERS } from '../../db/insert-in-chunks.js';
import { questionOptions } from '../../db/schema.js';
import { questionCells } from '../../domain/question-bank/question-rows.js';
import { countRows, createAssessment, fileUpload, useTestServer } from '../../test/factories.js';
import { streamedWorkbook } from '../../test/workbooks.js';

const s = useTestServer();
const importUsers = async (filename: string, content: Buffer | string) => {
  const { payload, headers } = fileUpload(filename, content);
  return (await s.t.loginAs('admin')).post('/api/users/import', payload, { headers });
};
const importQuestions = (assessmentId: string, content: Buffer) => {
  const { payload, headers } = fileUpload('soal.xlsx', content);
  return s.hc.post(`/api/assessments/${assessmentId}/packages/import`, payload, { headers });
};
const userCount = () => countRows(s.t.database, 'users');
const questionCount = () => countRows(s.t.database, 'questions');
const userRow = (i: number) => [`bulk.${i}`, `Pekerja ${i}`, 'coachee', 'pass-word-1', `${i}`, '', 'Produksi', ''];

describe('user import: spreadsheets as HC keeps them', () => {
  it('reads a CSV saved by Indonesian-locale Excel (";", BOM, CRLF) with every cell exactly as written', async () => {
    const csv =
      '\uFEFF' +
      [
        USER_IMPORT_COLUMNS.join(';'),
        'id.nol;Nol Depan;coachee;00012345678;0012345;;Produksi;Operator',
        'id.satu;NIP Satu;coachee;pass-word-1;198701012010011001;;Produksi;',
        'id.dua;NIP Dua;coachee;pass-word-2;198701012010011002;;Produksi;',
      ].join('\r\n') +
      '\r\n';
    const res = await importUsers('pekerja.csv', csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBe(3);
    const admin = await s.t.loginAs('admin');
    const nips = async (q: string) => (await admin.get(`/api/users?q=${q}`)).json().users.map((u: { nip: string }) => u.nip);
    expect(await nips('id.nol')).toEqual(['0012345']);
    expect((await nips('1987010120100110')).sort()).toEqual(['198701012010011001', '198701012010011002']);
    await expect(s.t.loginAs('id.nol', '00012345678')).resolves.toBeTruthy();
  });

  it('takes a file that leaves out the optional columns, and names only the required ones when one is missing', async () => {
    const lean = await importUsers('ringkas.csv', ['username,name,role,password', 'ringkas.satu,Ringkas Satu,coachee,pass-word-1'].join('\n'));
    expect(lean.statusCode, lean.body).toBe(200);
    expect(lean.json().created).toBe(1);

    const before = await userCount();
    const noPassword = await importUsers('kurang.csv', ['username,name,role,nip', 'kurang.satu,Kurang Satu,coachee,123'].join('\n'));
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json().message).toBe('The first row must name the columns username, name, role, password; missing: password.');
    expect(await userCount()).toBe(before);
  });

  it('reads a tab-separated CSV', async () => {
    const tsv = `${USER_IMPORT_COLUMNS.join('\t')}\nid.tab\tTab Satu\tcoachee\tpass-word-1\t000777\t\t\t\n`;
    const res = await importUsers('pekerja.csv', tsv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rows).toEqual([{ row: 2, username: 'id.tab' }]);
  });

  it('refuses a NIP typed as a number in an .xlsx, naming row and column; the template types identifiers as Text', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('users');
    sheet.addRow([...USER_IMPORT_COLUMNS]);
    sheet.addRow(['id.angka', 'Angka', 'coachee', 'pass-word-1', 198701012010011000, '', '', '']);
    const res = await importUsers('pekerja.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(res.json().rows).toEqual([{ row: 2, column: 'nip', message: expect.stringContaining('Format the column as Text') }]);

    const template = new ExcelJS.Workbook();
    await template.xlsx.load((await (await s.t.loginAs('admin')).get('/api/users/import/template.xlsx')).rawPayload as unknown as ArrayBuffer);
    const formats = USER_IMPORT_COLUMNS.map((_, i) => template.worksheets[0]!.getColumn(i + 1).numFmt ?? null);
    expect(formats).toEqual(USER_IMPORT_COLUMNS.map((c) => (['username', 'password', 'nip'].includes(c) ? '@' : null)));
  });
});

describe('user import limits', () => {
  it('refuses a 70,000-row CSV with a 400 naming the limit (not a 500), writing nothing', async () => {
    const before = await userCount();
    const csv = [USER_IMPORT_COLUMNS.join(','), ...Array.from({ length: 70_000 }, (_, i) => userRow(i).join(','))].join('\n');
    const res = await importUsers('banyak.csv', csv);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation', message: expect.stringContaining('at most 5,000 users per file') });
    expect(await userCount()).toBe(before);
  });

  it('refuses the limit + 1 rows', async () => {
    const csv = [USER_IMPORT_COLUMNS.join(','), ...Array.from({ length: 5_001 }, (_, i) => userRow(i).join(','))].join('\n');
    expect((await importUsers('banyak.csv', csv)).json().message).toMatch(/more than 5,000 rows/);
  });

  it('refuses an .xlsx with far more rows than the limit without reading it all', async () => {
    const before = await userCount();
    const xlsx = await streamedWorkbook(USER_IMPORT_COLUMNS, 30_000, (i) => userRow(i));
    expect(xlsx.length).toBeLessThan(4 * 1024 * 1024);
    const res = await importUsers('banyak.xlsx', xlsx);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/more than 5,000 rows/);
    expect(await userCount()).toBe(before);
  });

  it('refuses a file over the upload limit', async () => {
    const res = await importUsers('besar.csv', Buffer.alloc(6 * 1024 * 1024, 'x'));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/larger than 5 MB/);
  });
});

describe('question import: cells as Excel shows them, and limits', () => {
  it('imports percent, date and currency cells as the text Excel displays', async () => {
    const a = await createAssessment(s.hc);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('questions');
    sheet.addRow([...QUESTION_COLUMNS]);
    const row = sheet.addRow(questionCells('A', { text: 'Nilai?', points: 1, options: [{ text: 'x', correct: true }, { text: 'y', correct: false }, { text: 'z', correct: false }] }));
    const cells: [number, ExcelJS.CellValue, string][] = [
      [3, 0.25, '0%'],
      [4, new Date(Date.UTC(1945, 7, 17)), 'dd/mm/yyyy'],
      [5, 1_500_000, '"Rp "#,##0'],
    ];
    for (const [column, value, numFmt] of cells) Object.assign(row.getCell(column), { value, numFmt });
    const res = await importQuestions(a.id, Buffer.from(await book.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(200);
    const [pkg] = (await s.hc.get(`/api/assessments/${a.id}/packages`)).json().packages;
    expect(pkg.questions[0].options.map((o: { text: string }) => o.text)).toEqual(['25%', '17/08/1945', 'Rp 1.500.000']);
  });

  it('takes a workbook with only the option columns it uses and no points column', async () => {
    const a = await createAssessment(s.hc);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('questions');
    sheet.addRow(['package', 'question', 'option_a', 'option_b', 'option_c', 'correct']);
    sheet.addRow(['A', 'Warna helm pengawas?', 'Putih', 'Kuning', 'Merah', 'A']);
    const res = await importQuestions(a.id, Buffer.from(await book.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(200);
    const [pkg] = (await s.hc.get(`/api/assessments/${a.id}/packages`)).json().packages;
    expect(pkg.questions[0]).toMatchObject({ points: 1, options: [{ text: 'Putih', correct: true }, { text: 'Kuning' }, { text: 'Merah' }] });
  });

  it('imports a workbook whose options need more than 65,535 parameters, in several statements', async () => {
    const a = await createAssessment(s.hc);
    const count = Math.ceil(MAX_PARAMETERS / 5 / 8) + 10; // 8 options a question, 5 columns an option
    expect(count * 8).toBeGreaterThan(chunkSizeFor(questionOptions));
    const question: QuestionInput = { text: 'Soal', points: 1, options: 'ABCDEFGH'.split('').map((l) => ({ text: `Pilihan ${l}`, correct: l === 'A' })) };
    const xlsx = await streamedWorkbook(QUESTION_COLUMNS, count, () => questionCells('A', question));
    const res = await importQuestions(a.id, xlsx);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBe(count);
  });

  it('refuses more questions than the limit, writing nothing', async () => {
    const a = await createAssessment(s.hc);
    const before = await questionCount();
    const question: QuestionInput = { text: 'Soal', points: 1, options: [{ text: 'Ya', correct: true }, { text: 'Tidak', correct: false }] };
    const res = await importQuestions(a.id, await streamedWorkbook(QUESTION_COLUMNS, 10_050, () => questionCells('A', question)));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/at most 10,000 questions per file/);
    expect(await questionCount()).toBe(before);
  });
});

describe('question import from Moodle GIFT and Aiken files', () => {
  const importText = (assessmentId: string, filename: string, text: string, query = '', client = s.hc) => {
    const { payload, headers } = fileUpload(filename, text);
    return client.post(`/api/assessments/${assessmentId}/packages/import${query}`, payload, { headers });
  };

  it('imports the multiple-choice questions of a GIFT file into the named package, listing the skipped ones', async () => {
    const a = await createAssessment(s.hc);
    const gift = '// dari Moodle\n::Q1:: Warna helm pengawas? {=Putih ~Kuning ~Biru}\n\n::Q2:: Helm wajib. {T}\n';
    const res = await importText(a.id, 'bank.gift', gift, '?package=Moodle');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      created: 1,
      packagesCreated: ['Moodle'],
      rows: [{ row: 1, package: 'Moodle', position: 1 }],
      skipped: [{ question: 2, title: 'Q2', reason: expect.stringContaining('true/false') }],
    });
  });

  it('imports an Aiken .txt, and imports nothing when a question has no ANSWER line', async () => {
    const a = await createAssessment(s.hc);
    const good = await importText(a.id, 'aiken.txt', 'Apa fungsi APAR?\nA. Memadamkan api\nB) Mengukur suhu\nANSWER: A\n');
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toMatchObject({ created: 1, packagesCreated: ['A'], skipped: [] });

    const before = await questionCount();
    const bad = await importText(a.id, 'aiken.txt', 'Soal satu?\nA. ya\nB. tidak\nANSWER: B\n\nSoal dua?\nA. ya\nB. tidak\n');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().rows).toEqual([{ row: 2, column: null, message: expect.stringContaining('no "ANSWER') }]);
    expect(await questionCount()).toBe(before);
  });

  it('says what is wrong or skipped in the caller\'s language: Indonesian by default, English when asked', async () => {
    const a = await createAssessment(s.hc);
    const indonesian = await s.t.loginAs('hc');
    indonesian.language = null;
    const inBoth = async (filename: string, text: string) => ({
      id: (await importText(a.id, filename, text, '', indonesian)).json(),
      en: (await importText(a.id, filename, text)).json(),
    });

    const aiken = await inBoth('aiken.txt', 'Soal satu?\nA. ya\nC. tidak\nANSWER: A\n');
    expect(aiken.id.rows).toEqual([{ row: 1, column: null, message: 'Baris 1: pilihan C tidak berurutan: beri huruf A, B, C … tanpa ada yang terlewat.' }]);
    expect(aiken.en.rows).toEqual([{ row: 1, column: null, message: 'Line 1: option C is out of order: letter the options A, B, C … without gaps.' }]);

    const skipped = await inBoth('bank.gift', '::Q1:: Warna helm pengawas? {=Putih ~Kuning}\n\n::Q2:: Helm wajib. {T}\n');
    expect(skipped.id.skipped).toEqual([{ question: 2, title: 'Q2', reason: 'Soal benar-salah: hanya soal pilihan ganda yang dapat diimpor.' }]);
    expect(skipped.en.skipped).toEqual([{ question: 2, title: 'Q2', reason: 'A true/false question: only multiple choice can be imported.' }]);

    const broken = await inBoth('bank.gift', '::Q1:: Soal tanpa penutup {=a ~b\n');
    expect(broken.id).toMatchObject({ error: 'validation', message: expect.stringMatching(/^Berkas GIFT tidak dapat dibaca pada baris 2, kolom 1: /) });
    expect(broken.en).toMatchObject({ error: 'validation', message: expect.stringMatching(/^The GIFT file could not be read at line 2, column 1: /) });
  });
});
