import { posix } from 'node:path';
import { zipParts } from './xlsx-zip.js';

/** A picture placed on a worksheet: the cell its top-left corner is in (1-based) and its bytes. */
export type SheetImage = { row: number; column: number; data: Buffer };

const PARTS = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/_rels\/[^/]+\.rels|xl\/drawings\/[^/]+\.xml|xl\/drawings\/_rels\/[^/]+\.rels|xl\/media\/.+)$/;

/** `name="value"` attributes of every `<tag …>` (any namespace prefix) in `xml`. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*)>`, 'g'))) {
    const attributes: Record<string, string> = {};
    for (const [, name, value] of match[1]!.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) attributes[name!.replace(/^\w+:/, '')] = value!;
    found.push(attributes);
  }
  return found;
}

/** Relationship id -> target part path, resolved against the folder of the part they belong to. */
function relationships(rels: Buffer | undefined, partFolder: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const r of elements(rels?.toString('utf8') ?? '', 'Relationship')) {
    if (r.Id && r.Target && r.TargetMode !== 'External') targets.set(r.Id, r.Target.startsWith('/') ? r.Target.slice(1) : posix.join(partFolder, r.Target));
  }
  return targets;
}

const relsOf = (part: string) => `${posix.dirname(part)}/_rels/${posix.basename(part)}.rels`;
const textOf = (xml: string, tag: string) => Number(new RegExp(`<(?:\\w+:)?${tag}>\\s*(\\d+)\\s*<`).exec(xml)?.[1] ?? NaN);

/**
 * The pictures of one worksheet of an .xlsx (the sheet named `sheetName` when there is one,
 * otherwise the first), each with the cell its top-left corner sits in, as Excel and exceljs
 * anchor them: workbook -> sheet -> drawing -> anchors -> media. exceljs's streaming reader does not
 * expose pictures, so the few parts involved are read here; they count against
 * `maxUncompressedBytes`. Throws `validation` (400) like the sheet reader.
 */
export function sheetImages(data: Buffer, maxUncompressedBytes: number, sheetName?: string): SheetImage[] {
  const parts = zipParts(data, PARTS, maxUncompressedBytes);
  const sheets = elements(parts.get('xl/workbook.xml')?.toString('utf8') ?? '', 'sheet');
  const sheet = sheets.find((s) => s.name?.toLowerCase() === sheetName?.toLowerCase()) ?? sheets[0];
  const sheetPart = sheet?.id && relationships(parts.get('xl/_rels/workbook.xml.rels'), 'xl').get(sheet.id);
  if (!sheetPart) return [];
  const images: SheetImage[] = [];
  for (const drawingPart of relationships(parts.get(relsOf(sheetPart)), posix.dirname(sheetPart)).values()) {
    const drawing = parts.get(drawingPart)?.toString('utf8');
    if (!drawing) continue;
    const media = relationships(parts.get(relsOf(drawingPart)), posix.dirname(drawingPart));
    for (const anchor of drawing.match(/<(?:\w+:)?(?:twoCellAnchor|oneCellAnchor)\b[\s\S]*?<\/(?:\w+:)?(?:twoCellAnchor|oneCellAnchor)>/g) ?? []) {
      const from = /<(?:\w+:)?from>([\s\S]*?)<\/(?:\w+:)?from>/.exec(anchor)?.[1] ?? '';
      const embed = elements(anchor, 'blip')[0]?.embed;
      const content = embed && parts.get(media.get(embed) ?? '');
      const column = textOf(from, 'col');
      const row = textOf(from, 'row');
      if (content && Number.isInteger(column) && Number.isInteger(row)) images.push({ row: row + 1, column: column + 1, data: content });
    }
  }
  return images;
}
