import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { validationError, type FieldIssue } from '../../errors.js';

export type SheetRow = { row: number; cells: Record<string, string> };
export type CellIssue = { row: number; column: string | null; message: string };
export type SheetFormat = 'xlsx' | 'csv';

const EMPTY_FILE = 'The file is empty: it needs a header row and at least one data row.';

export function sheetFormat(filename: string): SheetFormat | null {
  const ext = filename.toLowerCase().split('.').pop();
  return ext === 'xlsx' || ext === 'csv' ? ext : null;
}

/**
 * Reads a worksheet of an .xlsx or .csv file into rows keyed by the (lower-cased) header row: the
 * sheet named `sheetName` when the workbook has one (a template with an instructions sheet),
 * otherwise the first. Formulas are refused cell by cell: an import takes values, never computations.
 */
export async function readSheet(
  data: Buffer,
  format: SheetFormat,
  expectedColumns: readonly string[],
  options: { sheetName?: string } = {},
): Promise<{ rows: SheetRow[]; issues: CellIssue[] }> {
  if (data.length === 0) throw fileError(EMPTY_FILE);
  const workbook = new ExcelJS.Workbook();
  try {
    if (format === 'xlsx') await workbook.xlsx.load(data as unknown as ArrayBuffer);
    else await workbook.csv.read(Readable.from(data));
  } catch {
    throw fileError(`The file could not be read as ${format === 'xlsx' ? 'an .xlsx workbook' : 'a CSV file'}.`);
  }
  const wanted = options.sheetName?.toLowerCase();
  const sheet = workbook.worksheets.find((w) => w.name.toLowerCase() === wanted) ?? workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) throw fileError(EMPTY_FILE);

  const header = (sheet.getRow(1).values as unknown[]).map((v) => cellText(v).toLowerCase());
  const missing = expectedColumns.filter((c) => !header.includes(c));
  if (missing.length) {
    throw fileError(
      `The first row of sheet "${sheet.name}" must name the columns ${expectedColumns.join(', ')}; missing: ${missing.join(', ')}.`,
    );
  }

  const rows: SheetRow[] = [];
  const issues: CellIssue[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    header.forEach((column, index) => {
      if (!column || !expectedColumns.includes(column)) return;
      const value = row.getCell(index).value;
      if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
        issues.push({ row: rowNumber, column, message: 'Formulas are not accepted; type the value itself.' });
      }
      cells[column] = cellText(value);
    });
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: rowNumber, cells });
  });
  if (rows.length === 0 && issues.length === 0) throw fileError('The file has a header row but no data rows.');
  return { rows, issues };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: string; result?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('').trim();
    if (typeof v.text === 'string') return v.text.trim();
    if ('result' in v) return cellText(v.result);
    if (v.error) return v.error;
    return '';
  }
  return String(value).trim();
}

export function fileError(message: string) {
  return validationError(message, [{ path: 'file', message }]);
}

/** The 400 for a sheet with bad rows: every problem with its row and column, nothing written. */
export function rowsError(issues: CellIssue[]) {
  const fieldIssues: FieldIssue[] = issues.map((i) => ({ path: `row ${i.row}${i.column ? `, ${i.column}` : ''}`, message: i.message }));
  const count = new Set(issues.map((i) => i.row)).size;
  return validationError(`${count} row(s) have problems; nothing was imported. Fix them and upload the file again.`, fieldIssues, {
    rows: issues,
  });
}
