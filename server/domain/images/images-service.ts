import { createHash } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { images } from '../../db/schema.js';
import { msg, notFound, validationError, type Message } from '../../errors.js';
import { detectImageType, type ImageType } from './image-type.js';

/** Largest image accepted, in bytes. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export type StoredImage = { id: string; contentType: ImageType; byteSize: number; sha256: string };

const TOO_LARGE = msg('image.tooLarge', { megabytes: MAX_IMAGE_BYTES / 1024 / 1024 });

/** Why `data` cannot be a question image (its type is read from its bytes), or null when it can. */
export function imageProblem(data: Buffer): Message | null {
  if (!detectImageType(data)) return msg('image.notImage');
  if (data.length > MAX_IMAGE_BYTES) return TOO_LARGE;
  return null;
}

/** The 400 `validation` for an upload past MAX_IMAGE_BYTES. */
export const imageTooLarge = () => validationError(TOO_LARGE, [{ path: 'file', message: TOO_LARGE }]);

/**
 * Stores an image checked by its bytes: PNG, JPEG or WebP, at most MAX_IMAGE_BYTES. An identical
 * image (same sha256) already stored is reused, so its id comes back. Throws `validation` (400)
 * for anything else; nothing is stored then.
 */
export async function storeImage(db: Db, actorId: string | null, data: Buffer): Promise<StoredImage> {
  const problem = imageProblem(data);
  if (problem) throw validationError(problem, [{ path: 'file', message: problem }]);
  const contentType = detectImageType(data)!;
  const sha256 = createHash('sha256').update(data).digest('hex');
  const values = { contentType, byteSize: data.length, sha256, content: data, createdBy: actorId };
  // On a concurrent identical upload the conflict keeps the first row; both callers get its id.
  await db.insert(images).values(values).onConflictDoNothing({ target: images.sha256 });
  const [row] = await db.select(storedColumns).from(images).where(eq(images.sha256, sha256));
  return row as StoredImage;
}

const storedColumns = { id: images.id, contentType: images.contentType, byteSize: images.byteSize, sha256: images.sha256 };

/** One image with its bytes. Throws `not_found` (404). */
export async function loadImage(db: Db, imageId: string): Promise<StoredImage & { content: Buffer }> {
  const [row] = await db.select({ ...storedColumns, content: images.content }).from(images).where(eq(images.id, imageId));
  if (!row) throw notFound('Image');
  return row as StoredImage & { content: Buffer };
}

/** The images among `ids` (unknown ids are left out), bytes included: for the workbook export. */
export async function loadImages(db: Db, ids: string[]): Promise<Map<string, StoredImage & { content: Buffer }>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ ...storedColumns, content: images.content }).from(images).where(inArray(images.id, ids));
  return new Map(rows.map((r) => [r.id, r as StoredImage & { content: Buffer }]));
}

/** Throws `validation` (400) naming the field when an id in `refs` names no stored image. */
export async function requireImages(db: Db, refs: { path: string; imageId: string }[]): Promise<void> {
  if (!refs.length) return;
  const found = new Set((await db.select({ id: images.id }).from(images).where(inArray(images.id, [...new Set(refs.map((r) => r.imageId))]))).map((r) => r.id));
  const missing = refs.filter((r) => !found.has(r.imageId));
  if (missing.length) {
    throw validationError(msg('image.missing'), missing.map((m) => ({ path: m.path, message: msg('image.noSuch') })));
  }
}

/** The image ids a question input names, with where they sit (for `requireImages`' messages). */
export function imageRefsOf(input: { imageId?: string | null; options?: { imageId?: string | null }[] }): { path: string; imageId: string }[] {
  const refs = input.imageId ? [{ path: 'imageId', imageId: input.imageId }] : [];
  for (const [index, option] of (input.options ?? []).entries()) {
    if (option.imageId) refs.push({ path: `options.${index}.imageId`, imageId: option.imageId });
  }
  return refs;
}
