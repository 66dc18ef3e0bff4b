/** The languages Ujian speaks; Bahasa Indonesia first and the default. */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/**
 * The request header in which the web names the language it is showing, so that a message always
 * comes back in the language on the screen (server/http/request-language.ts has the precedence).
 */
export const LANGUAGE_HEADER = 'x-ujian-language';
