import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { msg } from '../../errors.js';
import { fileError } from './sheet-errors.js';

/**
 * The zip layer of an .xlsx, read from the central directory (the index every zip reader trusts).
 * A small upload can hold a "zip bomb": entries that inflate to gigabytes. Before any XML is parsed,
 * the entries a sheet reader needs are checked twice against the limit: their declared sizes (instant),
 * then their actual inflated bytes, counted while inflating and thrown away. Hand-written because the
 * zip libraries in reach (exceljs's unzipper, jszip) expose neither check.
 */

const NOT_A_WORKBOOK = msg('import.notXlsx');
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A ZIP64 marker: sizes past 4 GB, which no workbook within our limits has. */
const ZIP64 = 0xffffffff;

type ZipEntry = { name: string; method: number; compressedSize: number; uncompressedSize: number; data: Buffer };

/** The entries exceljs's streaming reader looks at, in the order it needs them (styles before sheets). */
const WANTED = [/^_rels\/\.rels$/, /^xl\/_rels\/workbook\.xml\.rels$/, /^xl\/workbook\.xml$/, /^xl\/styles\.xml$/, /^xl\/sharedStrings\.xml$/, /^xl\/worksheets\/sheet\d+\.xml$/];
const rank = (name: string) => WANTED.findIndex((pattern) => pattern.test(name));

const EMPTY_SHARED_STRINGS: ZipEntry = (() => {
  const data = Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
  return { name: 'xl/sharedStrings.xml', method: 0, compressedSize: data.length, uncompressedSize: data.length, data };
})();

/**
 * A stream of `data` rewritten for exceljs's streaming `WorkbookReader`: only the entries it reads,
 * package parts first, each checked against `maxUncompressedBytes` (in total). Sheets then never wait
 * in temporary files (exceljs parks a sheet that arrives before the shared strings) and number
 * formats are known when the cells arrive.
 * Throws `validation` (400) naming the limit, or saying the file is not a workbook.
 */
export async function workbookStream(data: Buffer, maxUncompressedBytes: number): Promise<Readable> {
  const entries = centralDirectory(data).filter((e) => rank(e.name) >= 0);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw fileError(NOT_A_WORKBOOK);
  // Without a shared-strings part exceljs would park every sheet in a temporary file.
  if (!entries.some((e) => e.name === 'xl/sharedStrings.xml')) entries.push(EMPTY_SHARED_STRINGS);
  entries.sort((a, b) => rank(a.name) - rank(b.name));
  const tooBig = () => fileError(msg('import.unpacksTooLarge', { megabytes: megabytes(maxUncompressedBytes) }));
  if (entries.reduce((sum, e) => sum + e.uncompressedSize, 0) > maxUncompressedBytes) throw tooBig();

  let budget = maxUncompressedBytes;
  for (const entry of entries) {
    budget -= await inflatedSize(entry, budget);
    if (budget < 0) throw tooBig();
  }
  const parts = [...entries.flatMap((e) => [localHeader(e), e.data]), endOfDirectory()];
  return Readable.from(parts, { objectMode: false });
}

/**
 * The inflated content of every entry whose name matches `wanted`, by name; together at most
 * `maxUncompressedBytes` (the workbook's limit, so pictures cannot be a zip bomb either).
 * Throws `validation` (400) naming the limit, or saying the file is not a workbook.
 */
export function zipParts(data: Buffer, wanted: RegExp, maxUncompressedBytes: number): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  let budget = maxUncompressedBytes;
  for (const entry of centralDirectory(data).filter((e) => wanted.test(e.name))) {
    let content: Buffer;
    try {
      content = entry.method === 0 ? entry.data : inflateRawSync(entry.data, { maxOutputLength: Math.max(1, budget) });
    } catch (err) {
      if (err instanceof RangeError) throw fileError(msg('import.unpacksTooLarge', { megabytes: megabytes(maxUncompressedBytes) }));
      throw fileError(NOT_A_WORKBOOK);
    }
    budget -= content.length;
    if (budget < 0) throw fileError(msg('import.unpacksTooLarge', { megabytes: megabytes(maxUncompressedBytes) }));
    parts.set(entry.name, content);
  }
  return parts;
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

function centralDirectory(data: Buffer): ZipEntry[] {
  const end = data.lastIndexOf(uint32(END_OF_DIRECTORY));
  if (end < 0 || end + 22 > data.length) throw fileError(NOT_A_WORKBOOK);
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== DIRECTORY_ENTRY) throw fileError(NOT_A_WORKBOOK);
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const uncompressedSize = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const skip = nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    const offset = data.readUInt32LE(at + 42);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if ([compressedSize, uncompressedSize, offset].includes(ZIP64)) throw fileError(NOT_A_WORKBOOK);
    if (method !== 0 && method !== 8) throw fileError(NOT_A_WORKBOOK);
    if (offset + 30 > data.length || data.readUInt32LE(offset) !== LOCAL_HEADER) throw fileError(NOT_A_WORKBOOK);
    const start = offset + 30 + data.readUInt16LE(offset + 26) + data.readUInt16LE(offset + 28);
    if (start + compressedSize > data.length) throw fileError(NOT_A_WORKBOOK);
    entries.push({ name, method, compressedSize, uncompressedSize, data: data.subarray(start, start + compressedSize) });
  }
  return entries;
}

/** The bytes `entry` really inflates to, or stops counting once past `budget`. */
async function inflatedSize(entry: ZipEntry, budget: number): Promise<number> {
  if (entry.method === 0) return entry.data.length;
  let size = 0;
  const inflater = Readable.from([entry.data]).pipe(createInflateRaw());
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > budget) break;
    }
  } catch {
    throw fileError(NOT_A_WORKBOOK);
  } finally {
    inflater.destroy();
  }
  return size;
}

/** A local file header with the sizes known up front (no data descriptor), as unzipper reads it. */
function localHeader(entry: ZipEntry): Buffer {
  const name = Buffer.from(entry.name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(20, 4); // version needed: 2.0
  header.writeUInt16LE(0x800, 6); // flags: UTF-8 names
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.uncompressedSize, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}


/** An empty end-of-central-directory record: tells the reader the entries are over. */
function endOfDirectory(): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(END_OF_DIRECTORY, 0);
  return record;
}

function uint32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value);
  return b;
}
