import fc from 'fast-check';
import { z } from 'zod';

/*
 * Requests for the fuzz test, generated from the routes' own zod schemas: each schema is turned
 * into JSON Schema (z.toJSONSchema, input side) and walked here. Every value is a mix of
 * valid-shaped values (so requests reach the services and the database) and hostile ones (so the
 * edges are tried). Hand-written: no maintained zod-4 → fast-check library was available.
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | JsonSchema;
};

/**
 * Ids of real rows for a field or path parameter name (`optionId`, `userIds`, or for `:id` the
 * path segment before it, e.g. `assessments`), so that generated requests reach real rows.
 */
export type IdPool = (name: string) => readonly string[];

/** Strings no field should take, whatever its schema: the hostile-input list of issue 9. */
export const hostileString = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\u0007\u001b[31m\u007f',
    '\u0085\u009f',
    '\ud800',
    'x\udfff',
    '\r\n\t',
    ' ',
    '',
    '%00',
    "'; drop table users; --",
    '${7*7}{{7*7}}',
    '../../etc/passwd',
    '__proto__',
    'constructor',
    '\u202eevil',
    '0000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00.000Z',
    '9999-12-31T23:59:59Z',
    '2026-02-30T00:00:00Z',
    '1e400',
    'NaN',
    '-0',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.nat({ max: 3 }).map((k) => 'ä'.repeat([300, 5_001, 10_001, 200_000][k]!)),
);

/** Values of the wrong type for any field. */
const wrongType = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, [], {}, [null], { $ne: 1 }, { __proto__: { admin: true } }),
  // Deeper nesting travels as a raw body (see requestBody): fast-check cannot print it.
  fc.nat({ max: 1 }).map((k) => nested([5, 200][k]!)),
);

/** `depth` arrays inside each other. */
function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/**
 * A value for `schema`. `hostile`: any part may be hostile or of the wrong type; otherwise every
 * part is valid-shaped (cross-field rules aside), so the request gets past validation.
 */
export function valueOf(schema: JsonSchema, ids: IdPool, hostile: boolean, name = ''): fc.Arbitrary<unknown> {
  const valid = validShaped(schema, ids, hostile, name);
  return hostile ? fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType }) : valid;
}

function validShaped(schema: JsonSchema, ids: IdPool, hostile: boolean, name: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s) => validShaped(s, ids, hostile, name)));
  const type = [schema.type].flat()[0];
  switch (type) {
    case 'object':
      return objectOf(schema, ids, hostile);
    case 'array':
      return fc.array(valueOf(schema.items ?? {}, ids, hostile, name), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 5, 5) });
    case 'string':
      return stringOf(schema, ids, hostile, name);
    case 'integer':
    case 'number':
      return numberOf(schema, type === 'integer', hostile);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectOf(schema: JsonSchema, ids: IdPool, hostile: boolean): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const record = fc.record(
    Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, valueOf(s, ids, hostile, key)])),
    { requiredKeys: (schema.required ?? []).filter((k) => k in properties) },
  );
  if (!hostile) return record;
  // Sometimes a key the schema does not know, or a required one missing.
  return fc.oneof(
    { weight: 5, arbitrary: record },
    { weight: 1, arbitrary: record.map((v) => ({ ...(v as object), unknownField: 1 })) },
    { weight: 1, arbitrary: fc.constant({}) },
  );
}

/** Dates around now, and (hostile) some just outside the years a schedule may use. */
const dates = (hostile: boolean) =>
  fc.date({ min: new Date(Date.UTC(hostile ? 1990 : 2020, 0, 1)), max: new Date(Date.UTC(hostile ? 2110 : 2040, 0, 1)), noInvalidDate: true });

function stringOf(schema: JsonSchema, ids: IdPool, hostile: boolean, name: string): fc.Arbitrary<unknown> {
  if (schema.format === 'date-time') return dates(hostile).map((d) => d.toISOString());
  if (schema.format === 'email') return fc.emailAddress();
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 60, 60);
  const patterns = [schema.pattern, ...(schema.allOf ?? []).map((s) => s.pattern)].filter((p): p is string => Boolean(p));
  // The text rule's own patterns say "no control characters": any other is the field's format.
  const format = patterns.find((p) => !p.includes('\\p{Cc}'));
  const text = format
    ? fc.stringMatching(new RegExp(format, 'u')).filter((s) => s.length <= (schema.maxLength ?? Infinity))
    : fc.string({ unit: 'grapheme', minLength, maxLength });
  const known = /(^|[a-z])(id|Id|Ids)$/.test(name) ? ids(name) : [];
  if (!known.length) return text;
  return hostile ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: text }) : fc.constantFrom(...known);
}

function numberOf(schema: JsonSchema, integer: boolean, hostile: boolean): fc.Arbitrary<unknown> {
  const min = schema.minimum ?? -1e6;
  const max = Math.min(schema.maximum ?? 1e6, Number.MAX_SAFE_INTEGER);
  const inRange = integer ? fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  if (!hostile) return inRange;
  return fc.oneof({ weight: 4, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1, min + 0.5, -0) });
}

/** JSON Schema of a route schema part (body, params, querystring), as its input looks. */
export const jsonSchemaOf = (schema: unknown): JsonSchema | undefined =>
  schema instanceof z.ZodType ? (z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema) : undefined;

/**
 * A path segment: a pool id, a made-up one, or something hostile, percent-encoded as a browser
 * would; hostile raw forms (broken escapes, overlong UTF-8, encoded NUL, a lone surrogate's
 * bytes) are sent as they are.
 */
export const pathSegment = (known: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: known.length ? fc.constantFrom(...known) : fc.uuid() },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: hostileString.map(encodeSegment) },
    { weight: 1, arbitrary: fc.constantFrom('%00', '%C0%AF', '%ED%A0%80', '%', '%zz', '..', '%2e%2e', '%2F', 'a'.repeat(101), 'x'.repeat(5_000)) },
  );

/** encodeURIComponent, or the string as is where it cannot be encoded (lone surrogates). */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value) || 'empty';
  } catch {
    return value.replace(/[\ud800-\udfff]/g, '%ED%A0%80');
  }
}

/** A query string for `schema` (valid-shaped and hostile values), or raw hostile query strings. */
export function queryString(schema: JsonSchema | undefined, ids: IdPool): fc.Arbitrary<string> {
  const raw = fc.constantFrom('', '?', '?q=%00', '?q=%zz', '?q=a&q=b', '?role=admin&role=hc', '?active=maybe', '?__proto__[x]=1', `?q=${'a'.repeat(5_000)}`);
  if (!schema?.properties) return raw;
  const values = fc.record(
    Object.fromEntries(Object.entries(schema.properties).map(([key, s]) => [key, fc.oneof(validShaped(s, ids, false, key), hostileString)])),
    { requiredKeys: [] },
  );
  const encoded = values.map((v) => {
    const pairs = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}=${encodeSegment(String(x))}`);
    return pairs.length ? `?${pairs.join('&')}` : '';
  });
  return fc.oneof({ weight: 3, arbitrary: encoded }, { weight: 1, arbitrary: raw });
}

/** A body: a value to send as JSON, or a raw string with its own content type. */
export type RequestBody = { payload: unknown; contentType?: string };

/** A request body: a value for `schema`, or a raw body that is not what any route expects. */
export function requestBody(schema: JsonSchema | undefined, ids: IdPool): fc.Arbitrary<RequestBody> {
  const raw = fc.constantFrom(
    { payload: '{"a":', contentType: 'application/json' },
    { payload: '', contentType: 'application/json' },
    { payload: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, contentType: 'application/json' },
    { payload: '{"__proto__":{"admin":true}}', contentType: 'application/json' },
    { payload: '<xml/>', contentType: 'application/xml' },
    { payload: 'plain', contentType: 'text/plain' },
    { payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK', contentType: 'multipart/form-data; boundary=x' },
    { payload: 'x', contentType: 'multipart/form-data' },
  );
  if (!schema) return fc.oneof({ weight: 2, arbitrary: fc.constant({ payload: undefined }) }, { weight: 1, arbitrary: raw });
  return fc.oneof(
    { weight: 3, arbitrary: valueOf(schema, ids, false).map((payload) => ({ payload })) },
    { weight: 3, arbitrary: valueOf(schema, ids, true).map((payload) => ({ payload })) },
    { weight: 1, arbitrary: raw },
  );
}
