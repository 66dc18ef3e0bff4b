import { describe, expect, it } from 'vitest';
import { isoDateTime } from './fields.js';
import { multiLine, secretText, singleLine } from './text.js';

describe('the text rule', () => {
  it('takes ordinary text in any script, emoji included, trimmed', () => {
    expect(singleLine().parse('  Keselamatan Kerja — K3 ✓ 👷🏽‍♀️ 日本 ')).toBe('Keselamatan Kerja — K3 ✓ 👷🏽‍♀️ 日本');
  });

  it('refuses NUL, other C0/C1 control characters, DEL and lone surrogates', () => {
    for (const bad of ['a\u0000b', 'a\u001bb', 'a\u007fb', 'a\u0085b', 'a\ud800b', 'a\udfffb', 'a\tb', 'a\nb']) {
      expect(singleLine().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('lets multi-line text keep tabs and line breaks, stored as \\n', () => {
    expect(multiLine().parse('Baris satu\r\n\tBaris dua\rtiga')).toBe('Baris satu\n\tBaris dua\ntiga');
    expect(multiLine().safeParse('a\u0000b').success).toBe(false);
  });

  it('never trims a secret, and refuses control characters in it', () => {
    expect(secretText().parse(' pass word ')).toBe(' pass word ');
    expect(secretText().safeParse('pass\u0000word').success).toBe(false);
  });
});

describe('schedule dates', () => {
  it('are taken from 2000 to 2099 only', () => {
    expect(isoDateTime.safeParse('2026-03-01T08:00:00+07:00').success).toBe(true);
    expect(isoDateTime.safeParse('2000-01-01T00:00:00Z').success).toBe(true);
    for (const bad of ['0000-01-01T00:00:00Z', '1999-12-31T23:59:59Z', '2100-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-03-01T08:00:00']) {
      expect(isoDateTime.safeParse(bad).success, bad).toBe(false);
    }
  });
});
