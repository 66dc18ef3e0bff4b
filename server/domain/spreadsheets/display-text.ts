import SSF from 'ssf';
import { msg, type Message } from '../../errors.js';

/**
 * How a column's cells are read from an .xlsx:
 * - `text`: the text Excel shows (25%, 17/08/1945, Rp 1.500.000), because that is what the author
 *   saw and what workers will read;
 * - `identifier` (NIP, username, password): must be a text cell, since Excel keeps a typed number
 *   without its leading zeros and with 15 significant digits at most;
 * - `number`: the stored number itself (points).
 */
export type CellKind = 'text' | 'identifier' | 'number';
export type CellRead = { text: string } | { problem: Message };

/**
 * Excel shows a number through the reader's Windows locale; HC's Excel is Indonesian: "." groups
 * thousands, "," marks decimals, and the built-in short date (format 14, which exceljs names
 * mm-dd-yy) reads dd/mm/yyyy.
 */
const LOCALE_DATE_FORMATS: Record<string, string> = { 'mm-dd-yy': 'dd/mm/yyyy', 'm/d/yy "h":mm': 'dd/mm/yyyy h:mm' };
const swapSeparators = (digits: string) => digits.replace(/[.,]/g, (c) => (c === ',' ? '.' : ','));

const EXCEL_EPOCH_SERIAL = 25_569; // the 1900-system serial of 1970-01-01
const MS_PER_DAY = 86_400_000;

/**
 * The text of an exceljs cell value (`numFmt` is the cell's number format code), read as `kind`.
 * Answers `{problem}` (a sentence for the person fixing the file) when the cell cannot be taken
 * faithfully: a formula, a number in an identifier column, a format this reader cannot render.
 */
export function displayText(value: unknown, numFmt: string | undefined, kind: CellKind): CellRead {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'number' || value instanceof Date) {
    if (kind === 'identifier') {
      return { problem: msg('import.cellNumberInText') };
    }
    // exceljs turns date-formatted numbers into Dates; the serial number is what Excel stored.
    const serial = typeof value === 'number' ? value : value.getTime() / MS_PER_DAY + EXCEL_EPOCH_SERIAL;
    return kind === 'number' ? { text: String(serial) } : formatNumber(serial, numFmt ?? 'General');
  }
  if (typeof value === 'object') {
    const v = value as { formula?: string; sharedFormula?: string; richText?: { text: string }[]; text?: unknown; error?: string };
    if (v.formula !== undefined || v.sharedFormula !== undefined) return { problem: msg('import.cellFormula') };
    if (v.richText) return { text: v.richText.map((r) => r.text).join('') };
    if (typeof v.text === 'string') return { text: v.text }; // a hyperlink shows its text
    if (v.error) return { text: v.error };
  }
  return { problem: msg('import.cellOther') };
}

/** `value` through the Excel number format `format`, as Indonesian-locale Excel shows it. */
export function formatNumber(value: number, format: string): CellRead {
  const code = LOCALE_DATE_FORMATS[format] ?? format;
  const unrenderable = {
    problem: msg('import.cellNumberFormat', { format }),
  };
  const isDate = SSF.is_date(code);
  // Month and day names depend on Excel's language, so they could not be shown as the author saw them.
  if (isDate && /m{3,}|d{3,}|aaa/i.test(code.replace(/"[^"]*"|\[[^\]]*]/g, ''))) return unrenderable;
  let text: string;
  try {
    text = SSF.format(withoutFills(code), value);
  } catch {
    return unrenderable;
  }
  return { text: (isDate ? text : text.replace(/\d[\d,]*(?:\.\d+)?/g, swapSeparators)).trim() };
}

/** `* ` repeats a character to fill the column width; shown as one space, like a narrow column. */
const withoutFills = (code: string) =>
  code
    .split(/("[^"]*")/)
    .map((part) => (part.startsWith('"') ? part : part.replace(/\*./g, ' ')))
    .join('');
