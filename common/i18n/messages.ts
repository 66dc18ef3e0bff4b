import { DEFAULT_LANGUAGE, type Language } from '../languages.js';
import { en } from './catalog-en.js';
import { id } from './catalog-id.js';

/** The sentences of each language by key (catalog-en.ts lists them; catalog.test.ts keeps id complete). */
export const CATALOGS: Record<Language, Record<MessageKey, string>> = { id, en };

export type MessageKey = keyof typeof en;

/** Whether `value` is a catalog key (own keys only: "toString" is none). */
export const isMessageKey = (value: string): value is MessageKey => Object.hasOwn(en, value);

/** The `{name}`s of a catalog sentence, as a union of names: "{count} of {code}" -> "count" | "code". */
type ParamNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;
/** A list is written comma-separated, each item in the reader's language. */
export type ParamValue = string | number | Message | readonly ParamValue[];
export type ParamsOf<K extends MessageKey> = Record<ParamNames<(typeof en)[K]>, ParamValue>;

/**
 * A sentence not yet in a language: a catalog key and its parameters. Numbers are written the
 * reader's way (1.500 in id, 1,500 in en); a parameter may itself be a Message (a noun, a unit)
 * or a list of parameters (written comma-separated).
 * Built with `msg`, which checks the key and its parameters; turned into words with `translate`.
 */
export class Message {
  constructor(
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, ParamValue>> = {},
    /** The English sentence its source already wrote (a schema's own message), used for en instead of the catalog's. */
    readonly english?: string,
  ) {}
}

/** A Message for `key`, with exactly the parameters its sentence names (type-checked). */
export function msg<K extends MessageKey>(key: K, ...params: ParamNames<(typeof en)[K]> extends never ? [] : [ParamsOf<K>]): Message {
  return new Message(key, params[0] ?? {});
}

/** What may stand where a person reads a sentence: a Message, or (not yet translated) plain English. */
export type Text = string | Message;

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** `text` in `language`: a Message from the catalog with its parameters filled in; a plain string as it is. */
export function translate(language: Language, text: Text): string {
  if (typeof text === 'string') return text;
  if (language === 'en' && text.english !== undefined) return text.english;
  const sentence = CATALOGS[language]?.[text.key] ?? CATALOGS[DEFAULT_LANGUAGE][text.key] ?? text.key;
  return sentence.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = text.params[name];
    if (value === undefined) return whole;
    return param(language, value);
  });
}

function param(language: Language, value: ParamValue): string {
  if (typeof value === 'number') return value.toLocaleString(LOCALES[language]);
  if (Array.isArray(value)) return value.map((v: ParamValue) => param(language, v)).join(', ');
  return translate(language, value as Text);
}

/**
 * `value` with every Message inside it (in arrays and plain objects, at any depth) translated:
 * for error details such as `issues` and an import's `rows`. Other values come back unchanged.
 */
export function translateDeep<T>(language: Language, value: T): T {
  if (value instanceof Message) return translate(language, value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => translateDeep(language, v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translateDeep(language, v)])) as T;
  }
  return value;
}
