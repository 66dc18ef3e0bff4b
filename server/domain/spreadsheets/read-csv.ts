import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { SourceRow } from './read-sheet.js';
import { msg } from '../../errors.js';
import { fileError } from './sheet-errors.js';

/** Excel writes `,` or, where "," is the decimal mark (Indonesian Windows), `;`; "Unicode text" is tab-separated. */
const DELIMITERS = [',', ';', '\t'] as const;
/** Fed to the parser in pieces, so a caller that stops early never has the rest parsed. */
const PIECE_BYTES = 64 * 1024;

/**
 * The records of a CSV file, streamed, every cell the text exactly as written (a CSV has no
 * types: 0012345 stays 0012345). UTF-8 with or without a byte-order mark; the delimiter is the
 * one that splits the header row into the most `expectedColumns`. Throws `validation` for a file
 * that is not UTF-8 or not well-formed CSV, naming the line.
 */
export async function* csvRows(data: Buffer, expectedColumns: readonly string[]): AsyncGenerator<SourceRow> {
  if (!isUtf8(data)) throw fileError(msg('import.csvNotUtf8'));
  const pieces = Array.from({ length: Math.ceil(data.length / PIECE_BYTES) }, (_, i) => data.subarray(i * PIECE_BYTES, (i + 1) * PIECE_BYTES));
  const parser = Readable.from(pieces).pipe(
    parse({ delimiter: delimiterOf(data, expectedColumns), bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number++;
      yield { number, width: record.length, cell: (column) => ({ text: record[column - 1] ?? '' }) };
    }
  } catch (err) {
    if (err instanceof CsvError) throw fileError(msg('import.csvUnreadable', { reason: err.message }));
    throw err;
  } finally {
    parser.destroy();
  }
}

function delimiterOf(data: Buffer, expectedColumns: readonly string[]): string {
  const firstLine = data.subarray(0, PIECE_BYTES).toString('utf8').split(/\r?\n/, 1)[0]!.toLowerCase();
  const named = (d: string) => firstLine.split(d).filter((name) => expectedColumns.includes(name.trim().replace(/^"|"$/g, ''))).length;
  return DELIMITERS.reduce((best, d) => (named(d) > named(best) ? d : best));
}
