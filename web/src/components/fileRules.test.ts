import { describe, expect, it } from 'vitest';
import { acceptsFile, formatFileSize } from './fileRules';

const file = (name: string, type = '') => ({ name, type });

describe('acceptsFile', () => {
  const workbook = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

  it('accepts by extension in any case, or by exact MIME type', () => {
    expect(acceptsFile(file('pengguna.XLSX'), workbook)).toBe(true);
    expect(acceptsFile(file('data', 'text/csv'), workbook)).toBe(true);
  });

  it('refuses what is neither', () => {
    expect(acceptsFile(file('foto.png', 'image/png'), workbook)).toBe(false);
    expect(acceptsFile(file('xlsx'), workbook)).toBe(false);
  });

  it('understands wildcards and accepts anything when nothing is listed', () => {
    expect(acceptsFile(file('a.webp', 'image/webp'), 'image/*')).toBe(true);
    expect(acceptsFile(file('a.txt', 'text/plain'), 'image/*')).toBe(false);
    expect(acceptsFile(file('a.bin'), '')).toBe(true);
  });
});

describe('formatFileSize', () => {
  it('counts bytes, then kilobytes, then megabytes of 1,024', () => {
    expect(formatFileSize(820, 'en')).toBe('820 byte');
    expect(formatFileSize(12 * 1024, 'en')).toBe('12 kB');
    expect(formatFileSize(3.4 * 1024 * 1024, 'en')).toBe('3.4 MB');
  });

  it("writes decimals the language's way", () => {
    expect(formatFileSize(3.4 * 1024 * 1024, 'id')).toBe('3,4 MB');
  });
});
