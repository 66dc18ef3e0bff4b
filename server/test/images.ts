import { deflateSync } from 'node:zlib';

/** CRC-32 of a PNG chunk (type + data). */
function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real, valid RGB PNG of `width` x `height` pixels, each coloured by `pixel`. */
export function png(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const scanlines: number[] = [];
  for (let y = 0; y < height; y++) {
    scanlines.push(0); // filter: none
    for (let x = 0; x < width; x++) scanlines.push(...pixel(x, y));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(scanlines))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 1x1 PNG of one colour: distinct colours give distinct files (and sha256). */
export const tinyPng = (red: number, green = 0, blue = 0) => png(1, 1, () => [red, green, blue]);

/** A yellow warning triangle with a black edge on white, `size` pixels square: a K3 sign to look at. */
export function warningSignPng(size = 160): Buffer {
  return png(size, size, (x, y) => {
    const half = Math.abs(x - size / 2) * 2; // the triangle's width at row y is y
    if (y < size * 0.08 || y > size * 0.92 || half > y - size * 0.08) return [255, 255, 255];
    const edge = y > size * 0.84 || half > y - size * 0.22;
    return edge ? [20, 20, 20] : [250, 200, 0];
  });
}

/** The smallest byte string the magic-number check takes as a JPEG (not a decodable picture). */
export const jpegBytes = (tag: string) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(tag), Buffer.from([0xff, 0xd9])]);
