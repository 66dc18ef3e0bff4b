/** The image types a question or option may show. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

const startsWith = (data: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => data[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The image type from the file's first bytes (its "magic number"), or null when it is none of
 * IMAGE_TYPES. The file name and the declared content type are never trusted. Three signatures
 * only, so hand-written rather than the `file-type` package.
 */
export function detectImageType(data: Uint8Array): ImageType | null {
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** The file extension of a type, for file names in exported workbooks. */
export const extensionOf = (type: ImageType) => ({ 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/webp': 'webp' })[type];
