import { z } from 'zod';
import { LANGUAGES } from '../languages.js';
import { singleLine } from './text.js';

/** An opaque id as it appears in a path or a body. */
export const entityId = singleLine().min(1, 'Choose an item').max(100);

/** For PATCH bodies: an empty object changes nothing and is almost always a client mistake. */
export const atLeastOneField = (v: object) => Object.keys(v).length > 0;
export const AT_LEAST_ONE_FIELD = 'Send at least one field to change';

/**
 * The years Ujian schedules in. Far narrower than what PostgreSQL or JavaScript can hold, so a
 * typo (year 0, 9999) is refused up front instead of failing in the database or in arithmetic.
 */
export const DATE_YEARS = { from: 2000, until: 2100 } as const;

/** Whether an ISO-8601 date-time falls in DATE_YEARS (`from` included, `until` excluded). */
export const inDateYears = (iso: string) => {
  const ms = Date.parse(iso);
  return ms >= Date.UTC(DATE_YEARS.from, 0, 1) && ms < Date.UTC(DATE_YEARS.until, 0, 1);
};

/** Times travel as ISO-8601 strings with a zone (`Z` or `+07:00`), so nobody guesses the time zone. */
export const isoDate = (error = 'Use a date and time with a zone, e.g. 2026-03-01T08:00:00Z') => z.iso.datetime({ offset: true, error });

/** A date-time a person chooses (schedules): refused outside DATE_YEARS. */
export const isoDateTime = isoDate().refine(inDateYears, `Choose a date from the year ${DATE_YEARS.from} to ${DATE_YEARS.until - 1}`);

/** A list of ids that names each item once. */
export const distinctIds = (max: number) =>
  z
    .array(entityId)
    .max(max, `At most ${max} items`)
    .refine((ids) => new Set(ids).size === ids.length, 'Each item may appear only once');

/**
 * `?lang=` of a download whose words are in a language (a template's instructions, an export):
 * a plain link cannot send the web's Accept-Language, so the link names the reader's choice.
 */
export const languageQuery = z.strictObject({ lang: z.enum(LANGUAGES).optional() });
