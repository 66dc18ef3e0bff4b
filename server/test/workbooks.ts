import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * An .xlsx written with exceljs's streaming writer (so even a huge one never sits in memory as a
 * workbook): the `header` row, then `count` rows made by `rowOf(i)` (i from 0).
 */
export async function streamedWorkbook(header: readonly string[], count: number, rowOf: (i: number) => ExcelJS.CellValue[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = writer.addWorksheet('sheet');
  sheet.addRow([...header]).commit();
  for (let i = 0; i < count; i++) sheet.addRow(rowOf(i)).commit();
  sheet.commit();
  await writer.commit();
  return Buffer.concat(chunks);
}

const DIRECTORY_ENTRY = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** `xlsx` with its central directory claiming every entry unpacks to `bytes`: a lying zip. */
export function withDeclaredSizes(xlsx: Buffer, bytes: number): Buffer {
  const copy = Buffer.from(xlsx);
  for (let at = copy.indexOf(DIRECTORY_ENTRY); at >= 0; at = copy.indexOf(DIRECTORY_ENTRY, at + 4)) copy.writeUInt32LE(bytes, at + 24);
  return copy;
}
