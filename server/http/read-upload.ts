import type { FastifyRequest } from 'fastify';
import { uploadTooLarge } from '../domain/spreadsheets/read-sheet.js';
import { fileError } from '../domain/spreadsheets/sheet-errors.js';
import type { Text } from '../errors.js';

/**
 * The file in the multipart field "file", read while counting: past `maxBytes` (a number, or one
 * per file name) nothing more is kept (the rest is drained, so the client reads the answer) and
 * the request is refused. Throws `validation` (400) naming the limit (`tooLarge`, by default the
 * spreadsheet sentence), or saying `attach` when no file came.
 */
export async function readUpload(
  req: FastifyRequest,
  limit: number | ((filename: string) => number),
  attach: Text,
  tooLarge: (maxBytes: number) => Error = uploadTooLarge,
): Promise<{ filename: string; data: Buffer }> {
  const file = await req.file();
  if (!file) throw fileError(attach);
  const maxBytes = typeof limit === 'number' ? limit : limit(file.filename);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of file.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  }
  // `truncated`: the server-wide multipart limit cut the file short.
  if (size > maxBytes || file.file.truncated) throw tooLarge(maxBytes);
  return { filename: file.filename, data: Buffer.concat(chunks) };
}
