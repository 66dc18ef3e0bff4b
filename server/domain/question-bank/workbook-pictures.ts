import { msg } from '../../errors.js';
import { imageProblem } from '../images/images-service.js';
import type { SheetImage } from '../spreadsheets/xlsx-images.js';
import type { CellIssue } from '../spreadsheets/sheet-errors.js';
import { imageTargetOf } from './question-rows.js';

/** The pictures of one workbook row: over the question cell, and over option cells by option index. */
export type RowPictures = { question?: Buffer; options: (Buffer | undefined)[] };

/**
 * Sorts a sheet's pictures into their rows by the cell each one's top-left corner is in
 * (`columns`: column number -> name, from the header). A picture elsewhere, not a PNG, JPEG or
 * WebP, over the limit, or two on one cell, is an issue naming its row and column.
 */
export function picturesByRow(images: SheetImage[], columns: (string | undefined)[]): { byRow: Map<number, RowPictures>; issues: CellIssue[] } {
  const byRow = new Map<number, RowPictures>();
  const issues: CellIssue[] = [];
  for (const image of images) {
    const column = columns[image.column];
    const target = image.row > 1 ? imageTargetOf(column) : null;
    const problem =
      target === null ? msg('import.pictureMisplaced') : imageProblem(image.data);
    if (problem) {
      issues.push({ row: image.row, column: column ?? null, message: problem });
      continue;
    }
    const pictures = byRow.get(image.row) ?? { options: [] };
    byRow.set(image.row, pictures);
    const taken = target === 'question' ? pictures.question : pictures.options[target as number];
    if (taken) issues.push({ row: image.row, column: column!, message: msg('import.twoPictures') });
    else if (target === 'question') pictures.question = image.data;
    else pictures.options[target as number] = image.data;
  }
  return { byRow, issues };
}
