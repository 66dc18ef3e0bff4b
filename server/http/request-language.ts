import type { FastifyRequest } from 'fastify';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_HEADER, type Language } from '../../common/languages.js';

/**
 * The first supported language of an Accept-Language header, by quality (RFC 9110 section
 * 12.5.4): "en-US,en;q=0.9,id;q=0.8" -> en. Region subtags are ignored (id-ID -> id); q=0 means
 * "not this one". Null when nothing in it is supported.
 */
export function languageFromAcceptLanguage(header: string | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { language: range.trim().toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0 && isLanguage(entry.language))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return (ranked[0]?.language as Language | undefined) ?? null;
}

/**
 * The Accept-Language value in raw request bytes: Node's `err.rawPacket` on a 'clientError', the
 * chunk the HTTP parser was reading when it gave up (before any request object exists). Only the
 * head (up to the blank line) is searched. Undefined without bytes, or when the header is not in
 * this chunk (a large head arrives in several).
 */
export function acceptLanguageInRawHead(raw: Buffer | undefined): string | undefined {
  const head = raw?.toString('latin1').split('\r\n\r\n', 1)[0];
  return head ? /(?:^|\r\n)accept-language:[ \t]*([^\r\n]*)/i.exec(head)?.[1]?.trim() : undefined;
}

/**
 * The language to answer a request in (contract: "the signed-in user's chosen language, else
 * Accept-Language, else id"), most explicit first:
 * 1. `explicit`: the `?lang=` of a plain download link (exports, templates), or the
 *    {@link LANGUAGE_HEADER} the web sends with every API call: the language on the user's screen
 *    at that moment, which is their choice as it stands (web/src/api/client.ts);
 * 2. the language the signed-in user stored (`PATCH /api/auth/me`): for clients that name none,
 *    such as an EventSource, which cannot set headers, or another program using their login;
 * 3. Accept-Language; 4. id.
 * The error handler answers every error's `message` in this language.
 */
export function requestLanguage(req: FastifyRequest, explicit?: Language): Language {
  const named = req.headers[LANGUAGE_HEADER];
  return (
    explicit ??
    (isLanguage(named) ? named : undefined) ??
    req.user?.language ??
    languageFromAcceptLanguage(req.headers['accept-language']) ??
    DEFAULT_LANGUAGE
  );
}
