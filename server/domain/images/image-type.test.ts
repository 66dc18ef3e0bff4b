import { expect, it } from 'vitest';
import { jpegBytes, tinyPng } from '../../test/images.js';
import { detectImageType } from './image-type.js';

it('reads the image type from the bytes alone', () => {
  expect(detectImageType(tinyPng(1))).toBe('image/png');
  expect(detectImageType(jpegBytes('x'))).toBe('image/jpeg');
  expect(detectImageType(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
  // A WAV file is RIFF too; SVG is text that can carry scripts; GIF is not accepted.
  expect(detectImageType(Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
  expect(detectImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  expect(detectImageType(Buffer.from('GIF89a'))).toBeNull();
  expect(detectImageType(Buffer.alloc(0))).toBeNull();
  expect(detectImageType(Buffer.from([0x89, 0x50, 0x4e]))).toBeNull();
});
