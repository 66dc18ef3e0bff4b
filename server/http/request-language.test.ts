import { describe, expect, it } from 'vitest';
import { languageFromAcceptLanguage } from './request-language.js';

describe('languageFromAcceptLanguage', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['fr-FR, de;q=0.5', null],
    ['id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7', 'id'],
    ['en-US,en;q=0.9,id;q=0.8', 'en'],
    ['fr, id;q=0.4, en;q=0.6', 'en'],
    ['en;q=0, id', 'id'],
    ['EN-gb', 'en'],
    ['en;q=abc, id;q=0.1', 'id'],
  ])('%s -> %s', (header, expected) => {
    expect(languageFromAcceptLanguage(header)).toBe(expected);
  });
});
