import { msg } from '../../errors.js';
import type { CellKind, CellRead } from './display-text.js';
import { csvRows } from './read-csv.js';
import { xlsxRows } from './read-xlsx.js';
import { shareTheLoop } from './share-the-loop.js';
import { fileError, type CellIssue } from './sheet-errors.js';

export type SheetRow = { row: number; cells: Record<string, string> };
export type SheetFormat = 'xlsx' | 'csv';
/** One row as a format reader yields it: `cell` takes a 1-based column number. */
export type SourceRow = { number: number; width: number; sheet?: string; cell: (column: number, kind: CellKind) => CellRead };

/** What one import may take; every limit is enforced while the file is read, before memory grows. */
export type ImportLimits = {
  /** Bytes of the uploaded file. */
  maxUploadBytes: number;
  /** Bytes an .xlsx may unpack to (a zip of a few MB can unpack to gigabytes). */
  maxUncompressedBytes: number;
  /** Data rows (the header and empty rows not counted). */
  maxRows: number;
};

export type SheetSpec = {
  /** Every column the first row may name (lower case), in the template's order. */
  columns: readonly string[];
  /** The columns the first row must name; a file may leave the others out (their cells read as empty). */
  required: readonly string[];
  /** How each column's .xlsx cells are read; `text` when not named. */
  kinds?: Readonly<Partial<Record<string, CellKind>>>;
  /** Columns kept exactly as typed: not trimmed (a password may start or end with a space). */
  verbatim?: readonly string[];
  /** The worksheet to read when the workbook has one by that name; otherwise the first. */
  sheetName?: string;
  limits: ImportLimits;
  /** What a row is, for the row-limit message. */
  rowsAre: 'users' | 'questions';
};

const EMPTY_FILE = msg('import.emptyFile');

export function sheetFormat(filename: string): SheetFormat | null {
  const ext = filename.toLowerCase().split('.').pop();
  return ext === 'xlsx' || ext === 'csv' ? ext : null;
}

/**
 * Reads the rows of an .xlsx or .csv file into cells keyed by the (lower-cased) header row. The
 * file is streamed: the row limit stops the reading at the first row past it. Cells that cannot be
 * taken faithfully (formulas, numbers in identifier columns) come back as `issues`; `columns` names
 * each column number of the header row.
 * Throws `validation` (400) for an unreadable or empty file, a missing column, or a limit passed.
 */
export async function readSheet(
  data: Buffer,
  format: SheetFormat,
  spec: SheetSpec,
): Promise<{ rows: SheetRow[]; issues: CellIssue[]; /** 1-based column number -> column name */ columns: (string | undefined)[] }> {
  const { limits } = spec;
  if (data.length === 0) throw fileError(EMPTY_FILE);
  if (data.length > limits.maxUploadBytes) throw uploadTooLarge(limits.maxUploadBytes);
  const source = format === 'xlsx' ? xlsxRows(data, limits.maxUncompressedBytes, spec.sheetName) : csvRows(data, spec.columns);

  let header: (string | undefined)[] | undefined;
  const rows: SheetRow[] = [];
  const issues: CellIssue[] = [];
  let seen = 0;
  for await (const sourceRow of source) {
    await shareTheLoop(seen++);
    if (!header) {
      header = headerOf(sourceRow, spec);
      continue;
    }
    const { row, problems } = readRow(sourceRow, header, spec);
    if (!row && !problems.length) continue;
    if (rows.length + 1 > limits.maxRows) {
      throw fileError(msg('import.tooManyRows', { max: limits.maxRows, rowsAre: msg(`import.rowsAre.${spec.rowsAre}`) }));
    }
    if (row) rows.push(row);
    issues.push(...problems);
  }
  if (!header) throw fileError(EMPTY_FILE);
  if (rows.length === 0 && issues.length === 0) throw fileError(msg('import.noDataRows'));
  return { rows, issues, columns: header };
}

/** The message for a file over `maxBytes`. */
export function uploadTooLarge(maxBytes: number) {
  return fileError(msg('import.tooLarge', { megabytes: maxBytes / 1024 / 1024 }));
}

/** Column number -> known column name, or a sentence naming the required columns missing. */
function headerOf(sourceRow: SourceRow, { columns, required }: SheetSpec): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  for (let column = 1; column <= sourceRow.width; column++) {
    const read = sourceRow.cell(column, 'text');
    const name = 'text' in read ? read.text.trim().toLowerCase() : '';
    if (columns.includes(name) && !names.includes(name)) names[column] = name;
  }
  const missing = required.filter((c) => !names.includes(c));
  if (missing.length) {
    throw fileError(
      sourceRow.sheet
        ? msg('import.missingColumnsOfSheet', { sheet: sourceRow.sheet, columns: required, missing })
        : msg('import.missingColumns', { columns: required, missing }),
    );
  }
  return names;
}

/** The row's cells, or nothing when every cell is empty; with a problem per cell not taken. */
function readRow(sourceRow: SourceRow, header: (string | undefined)[], spec: SheetSpec): { row?: SheetRow; problems: CellIssue[] } {
  const cells: Record<string, string> = {};
  const problems: CellIssue[] = [];
  header.forEach((column, index) => {
    if (!column) return;
    const read = sourceRow.cell(index, spec.kinds?.[column] ?? 'text');
    if ('problem' in read) problems.push({ row: sourceRow.number, column, message: read.problem });
    cells[column] = 'text' in read ? (spec.verbatim?.includes(column) ? read.text : read.text.trim()) : '';
  });
  const empty = Object.values(cells).every((v) => v.trim() === '');
  return { row: empty && !problems.length ? undefined : { row: sourceRow.number, cells }, problems };
}
