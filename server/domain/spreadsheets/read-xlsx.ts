import ExcelJS from 'exceljs';
import { AppError, msg } from '../../errors.js';
import { displayText } from './display-text.js';
import type { SourceRow } from './read-sheet.js';
import { fileError } from './sheet-errors.js';
import { workbookStream } from './xlsx-zip.js';

type StreamedWorkbook = { model?: { sheets?: { name: string }[] } };
type StreamedSheet = AsyncIterable<ExcelJS.Row> & { name: string };

/**
 * The rows of one worksheet of an .xlsx, streamed: the sheet named `sheetName` when the workbook
 * has one (a template with an instructions sheet), otherwise the first. Rows are parsed as the
 * caller asks for them, so a caller that stops early never parses the rest. Throws `validation`
 * when the file is not a workbook or unpacks past `maxUncompressedBytes`.
 */
export async function* xlsxRows(data: Buffer, maxUncompressedBytes: number, sheetName?: string): AsyncGenerator<SourceRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(await workbookStream(data, maxUncompressedBytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader as AsyncIterable<unknown> as AsyncIterable<StreamedSheet>) {
      const names = (reader as unknown as StreamedWorkbook).model?.sheets?.map((s) => s.name) ?? [];
      const wanted = names.find((n) => n.toLowerCase() === sheetName?.toLowerCase()) ?? names[0];
      // A sheet exceljs could not name (its part is not where the workbook says) is read as it comes.
      if (wanted !== undefined && names.includes(worksheet.name) && worksheet.name !== wanted) continue;
      for await (const row of worksheet) {
        yield {
          number: row.number,
          width: row.cellCount,
          sheet: worksheet.name,
          cell: (column, kind) => {
            const cell = row.findCell(column);
            return cell ? displayText(cell.value, cell.numFmt, kind) : { text: '' };
          },
        };
      }
      return;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw fileError(msg('import.notXlsx'));
  }
}
