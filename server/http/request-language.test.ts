import { describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { LANGUAGE_HEADER } from '../../common/languages.js';
import { acceptLanguageInRawHead, languageFromAcceptLanguage, requestLanguage } from './request-language.js';

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

describe('acceptLanguageInRawHead', () => {
  it.each([
    [undefined, undefined],
    ['GET / HTTP/1.1\r\nHost: x\r\nAccept-Language:  en-GB,en;q=0.9 \r\nX-Big: aaaa', 'en-GB,en;q=0.9'],
    ['GET / HTTP/1.1\r\naccept-language:id\r\n\r\n', 'id'],
    ['GET / HTTP/1.1\r\nHost: x\r\n\r\nAccept-Language: en', undefined],
    ['GET / HTTP/1.1\r\nX-Accept-Language: en\r\n', undefined],
  ])('%j -> %s', (raw, expected) => {
    expect(acceptLanguageInRawHead(raw === undefined ? undefined : Buffer.from(raw, 'latin1'))).toBe(expected);
  });
});

describe('requestLanguage', () => {
  const request = (chosen: 'id' | 'en' | null | undefined, acceptLanguage?: string, onScreen?: string) =>
    ({
      user: chosen === undefined ? null : { language: chosen },
      headers: { 'accept-language': acceptLanguage, [LANGUAGE_HEADER]: onScreen },
    }) as unknown as FastifyRequest;

  it.each([
    ['a download link names it', request('id', 'id', 'id'), 'en' as const, 'en'],
    ['the web names the language on its screen', request('en', 'en', 'id'), undefined, 'id'],
    ['a header naming no language of ours is ignored', request('en', 'id', 'fr'), undefined, 'en'],
    ['the signed-in user chose it', request('en', 'id'), undefined, 'en'],
    ['the user has not chosen: Accept-Language', request(null, 'en-GB'), undefined, 'en'],
    ['anonymous: Accept-Language', request(undefined, 'en'), undefined, 'en'],
    ['nothing said: Indonesian', request(undefined), undefined, 'id'],
  ])('%s', (_case, req, explicit, expected) => {
    expect(requestLanguage(req, explicit)).toBe(expected);
  });
});
