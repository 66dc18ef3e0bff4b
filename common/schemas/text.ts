import { z } from 'zod';

/*
 * The one rule for text that comes from outside (bodies, path ids, query strings): no control
 * characters (Unicode Cc: NUL, ESC, DEL …) and no lone UTF-16 surrogates. PostgreSQL refuses NUL
 * in text (that was a 500), terminals and spreadsheets misbehave on the others, and a lone
 * surrogate cannot be stored as UTF-8 without being silently replaced. Multi-line text may keep
 * tab and line breaks. Every builder trims first, so stray whitespace at the ends is not an error.
 */
const SINGLE_LINE = /^[^\p{Cc}\p{Cs}]*$/u;
const MULTI_LINE = /^(?:[\t\n\r]|[^\p{Cc}\p{Cs}])*$/u;
const SINGLE_LINE_MESSAGE = 'Remove control characters (such as NUL, tab or line breaks) from this text';
const MULTI_LINE_MESSAGE = 'Remove control characters (such as NUL) from this text';

/** Whether `text` passes the single-line rule (for values no schema describes, e.g. any URL part). */
export const isSingleLine = (text: string) => SINGLE_LINE.test(text);

/** Names, titles, codes, ids, search words: one line, trimmed. Chain `.min()`/`.max()` for length. */
export const singleLine = () => z.string().trim().regex(SINGLE_LINE, SINGLE_LINE_MESSAGE);

/**
 * Descriptions, questions, reasons: tab and line breaks allowed, trimmed, and Windows/old Mac line
 * ends stored as plain `\n`. Chain `.min()`/`.max()` for length (counted after that change).
 */
export const multiLine = () =>
  z
    .string()
    .trim()
    .overwrite((v) => v.replace(/\r\n?/g, '\n'))
    .regex(MULTI_LINE, MULTI_LINE_MESSAGE);

/** A password as typed: never trimmed (spaces may be part of it), one line, no control characters. */
export const secretText = () => z.string().regex(SINGLE_LINE, SINGLE_LINE_MESSAGE);
