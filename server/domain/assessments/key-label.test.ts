import { describe, expect, it } from 'vitest';
import { keyLabel } from './key-label.js';

describe('keyLabel', () => {
  const options = [
    { id: 'o1', text: 'Helm' },
    { id: 'o2', text: `Sepatu\n  keselamatan ${'x'.repeat(100)}` },
  ];

  it('names the option by its letter and its text on one line, cut to 80 characters', () => {
    expect(keyLabel(options, 'o1')).toBe('A. Helm');
    const long = keyLabel(options, 'o2')!;
    expect(long).toMatch(/^B\. Sepatu keselamatan x+…$/);
    expect(long.length - 'B. '.length).toBe(80);
  });

  it('gives null for no key or an option not in the list', () => {
    expect(keyLabel(options, null)).toBeNull();
    expect(keyLabel(options, 'other')).toBeNull();
  });
});
