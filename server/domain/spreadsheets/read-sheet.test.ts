import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { streamedWorkbook, withDeclaredSizes } from '../../test/workbooks.js';
import { readSheet, type SheetSpec } from './read-sheet.js';

const MB = 1024 * 1024;
const spec: SheetSpec = {
  columns: ['username', 'nip', 'password', 'name'],
  required: ['username', 'password', 'name'],
  kinds: { username: 'identifier', nip: 'identifier', password: 'identifier' },
  verbatim: ['password'],
  limits: { maxUploadBytes: 5 * MB, maxUncompressedBytes: 20 * MB, maxRows: 100 },
  rowsAre: 'users',
};
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a refusal'),
    (err: unknown) => {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(400);
      return (err as AppError).message;
    },
  );

describe('readSheet: CSV', () => {
  it('reads a CSV as Indonesian-locale Excel saves it (";", BOM, CRLF), every cell exactly as written', async () => {
    const csv = '\uFEFFusername;nip;password;name\r\n0012345;198701012010011001;00012345678;"Budi; Jr."\r\n;;;\r\nani;198701012010011002; spaced ;Ani\r\n';
    const { rows, issues } = await readSheet(Buffer.from(csv), 'csv', spec);
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { row: 2, cells: { username: '0012345', nip: '198701012010011001', password: '00012345678', name: 'Budi; Jr.' } },
      { row: 4, cells: { username: 'ani', nip: '198701012010011002', password: ' spaced ', name: 'Ani' } },
    ]);
  });

  it('reads tab-separated and comma-separated files, with or without BOM', async () => {
    for (const separator of ['\t', ',']) {
      const { rows } = await readSheet(Buffer.from(['name', 'username', 'nip', 'password'].join(separator) + '\nTari\t007\t0099\tpass'.replaceAll('\t', separator)), 'csv', spec);
      expect(rows).toEqual([{ row: 2, cells: { name: 'Tari', username: '007', nip: '0099', password: 'pass' } }]);
    }
  });

  it('refuses the first row past the limit without parsing the rest of the file', async () => {
    const lines = Array.from({ length: 70_000 }, (_, i) => `user${i};${i};pass-word;Name`);
    // A broken quote at the very end: reading that far would fail with a parse error instead.
    const csv = `username;nip;password;name\n${lines.join('\n')}\n"unclosed`;
    expect(await refusal(readSheet(Buffer.from(csv), 'csv', spec))).toMatch(/more than 100 rows; at most 100 users per file/);
  });

  it('refuses a file that is not UTF-8, or not CSV, or over the upload limit', async () => {
    expect(await refusal(readSheet(Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0xe9, 0x0a]), 'csv', spec))).toMatch(/not UTF-8/);
    expect(await refusal(readSheet(Buffer.from('username,nip,password,name\n"a,b,c,d\n'), 'csv', spec))).toMatch(/could not be read: Quote Not Closed/);
    const small = { ...spec, limits: { ...spec.limits, maxUploadBytes: 10 } };
    expect(await refusal(readSheet(Buffer.from('username,nip,password,name\n'), 'csv', small))).toMatch(/larger than/);
  });
});

describe('readSheet: .xlsx', () => {
  it('refuses a workbook with far more rows than the limit at the first row past it', async () => {
    const xlsx = await streamedWorkbook(spec.columns, 20_000, (i) => [`user${i}`, `${i}`, 'pass-word', `Name ${i}`]);
    expect(await refusal(readSheet(xlsx, 'xlsx', spec))).toMatch(/more than 100 rows/);
  });

  it('refuses a zip bomb by its declared size, and a zip lying about its size by the bytes it really inflates to', async () => {
    const big = 'x'.repeat(MB);
    const bomb = await streamedWorkbook(spec.columns, 30, () => ['u', big, 'pass-word', 'n']);
    expect(bomb.length).toBeLessThan(MB);
    expect(await refusal(readSheet(bomb, 'xlsx', spec))).toMatch(/unpacks to more than 20 MB/);
    expect(await refusal(readSheet(withDeclaredSizes(bomb, 100), 'xlsx', spec))).toMatch(/unpacks to more than 20 MB/);
  });

  it('takes identifier columns only as text cells, naming row and column', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('users');
    sheet.addRow(spec.columns as string[]);
    sheet.addRow(['budi', '0012345', 'pass-word', 'Budi']);
    sheet.addRow(['tari', 198701012010011000, 12345678, 'Tari']);
    const { rows, issues } = await readSheet(Buffer.from(await book.xlsx.writeBuffer()), 'xlsx', spec);
    expect(rows[0]).toEqual({ row: 2, cells: { username: 'budi', nip: '0012345', password: 'pass-word', name: 'Budi' } });
    expect(issues).toEqual([
      { row: 3, column: 'nip', message: expect.objectContaining({ key: 'import.cellNumberInText' }) },
      { row: 3, column: 'password', message: expect.objectContaining({ key: 'import.cellNumberInText' }) },
    ]);
  });

  it('refuses what is not a workbook', async () => {
    expect(await refusal(readSheet(Buffer.from('PK\u0003\u0004 not really'), 'xlsx', spec))).toMatch(/could not be read as an .xlsx/);
  });
});
