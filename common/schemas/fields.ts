import { z } from 'zod';

/** An opaque id as it appears in a path or a body. */
export const entityId = z.string().trim().min(1, 'Choose an item').max(100);

/** For PATCH bodies: an empty object changes nothing and is almost always a client mistake. */
export const atLeastOneField = (v: object) => Object.keys(v).length > 0;
export const AT_LEAST_ONE_FIELD = 'Send at least one field to change';

/** Times travel as ISO-8601 strings with a zone (`Z` or `+07:00`), so nobody guesses the time zone. */
export const isoDateTime = z.iso.datetime({ offset: true, error: 'Use a date and time with a zone, e.g. 2026-03-01T08:00:00Z' });

/** A list of ids that names each item once. */
export const distinctIds = (max: number) =>
  z
    .array(entityId)
    .max(max, `At most ${max} items`)
    .refine((ids) => new Set(ids).size === ids.length, 'Each item may appear only once');
