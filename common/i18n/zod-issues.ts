import { isMessageKey, Message, type MessageKey } from './messages.js';

/** A zod issue as zod reports it, or as fastify-type-provider-zod passes it on (its fields spread out). */
export type IssueLike = { code: string; message: string; params?: unknown };

const TYPE_KEYS: Partial<Record<string, MessageKey>> = {
  number: 'zod.notNumber',
  int: 'zod.notWholeNumber',
  bigint: 'zod.notWholeNumber',
  string: 'zod.notText',
  boolean: 'zod.notBoolean',
  array: 'zod.notList',
  object: 'zod.notObject',
};

/**
 * zod's own English wording ("Invalid input: expected object, received null", "Too small: …"):
 * every default of zod 4's English locale begins so. It reads as developer text, so the kind's
 * sentence is used instead; a schema author's own message is kept.
 */
const ZOD_DEFAULT_WORDING = /^(Invalid|Too (big|small)|Unrecognized key)/;

const FORMAT_KEYS: Partial<Record<string, MessageKey>> = {
  email: 'zod.email',
  uuid: 'zod.uuid',
  guid: 'zod.uuid',
  datetime: 'zod.dateTime',
  date: 'zod.dateTime',
};

/**
 * The per-field sentence for a schema issue, in any language. A schema can name a catalog key as
 * its message (`.refine(check, 'import.twoPictures')`, or `ctx.addIssue({code: 'custom', message:
 * key, params})`): that sentence then speaks every language. Otherwise the kind of issue picks the
 * sentence (too_small on a string of at least 1: "Wajib diisi"), and English keeps the schema's own
 * wording, which is often more specific than the kind's, unless it is zod's default wording.
 */
export function zodIssueText(issue: IssueLike): Message {
  if (isMessageKey(issue.message)) return new Message(issue.message, (issue.params as Record<string, string | number> | undefined) ?? {});
  const [key, params] = kindOf(issue as IssueLike & Record<string, unknown>);
  return new Message(key, params, ZOD_DEFAULT_WORDING.test(issue.message) ? undefined : issue.message);
}

function kindOf(issue: IssueLike & Record<string, unknown>): [MessageKey, Record<string, string | number>] {
  const { minimum, maximum, inclusive, origin } = issue as { minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean; origin?: string };
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves a missing field as "expected string, received undefined".
      if (/received undefined$/.test(issue.message)) return ['zod.required', {}];
      return [TYPE_KEYS[String(issue.expected)] ?? 'zod.wrongType', {}];
    case 'too_small': {
      const n = Number(minimum);
      if (origin === 'string') return n <= 1 ? ['zod.required', {}] : ['zod.tooShort', { minimum: n }];
      if (origin === 'array' || origin === 'set') return ['zod.tooFewItems', { minimum: n }];
      return [inclusive === false ? 'zod.tooSmallExclusive' : 'zod.tooSmall', { minimum: n }];
    }
    case 'too_big': {
      const n = Number(maximum);
      if (origin === 'string') return ['zod.tooLong', { maximum: n }];
      if (origin === 'array' || origin === 'set') return ['zod.tooManyItems', { maximum: n }];
      return [inclusive === false ? 'zod.tooBigExclusive' : 'zod.tooBig', { maximum: n }];
    }
    case 'invalid_format':
      return [FORMAT_KEYS[String(issue.format)] ?? 'zod.format', {}];
    case 'invalid_value':
      return ['zod.oneOf', { values: ((issue.values as unknown[] | undefined) ?? []).map(String).join(', ') }];
    case 'not_multiple_of':
      return ['zod.multipleOf', { divisor: Number(issue.divisor) }];
    case 'unrecognized_keys':
      return ['zod.unknownFields', { keys: ((issue.keys as string[] | undefined) ?? []).join(', ') }];
    default:
      return ['zod.invalid', {}];
  }
}
