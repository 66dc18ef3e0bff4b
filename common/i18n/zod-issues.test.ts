import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translate } from './messages.js';
import { zodIssueText } from './zod-issues.js';

const english = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues.map((issue) => translate('en', zodIssueText(issue)));

describe('zodIssueText in English', () => {
  it.each([
    ['a null body', z.strictObject({ language: z.enum(['id', 'en']) }), null, 'Must be an object'],
    ['an unknown option', z.enum(['id', 'en']), 'xx', 'Choose one of: id, en'],
    ['text too short', z.string().min(3), 'ab', 'Enter at least 3 characters'],
    ['an unknown field', z.strictObject({}), { extra: 1 }, 'Unknown field(s): extra'],
    ['a number too big', z.number().max(5), 9, 'Must be at most 5'],
  ])("replaces zod's own wording: %s", (_case, schema, value, expected) => {
    expect(english(schema, value)).toEqual([expected]);
  });

  it("keeps the schema author's own sentence", () => {
    expect(english(z.string().min(1, 'Enter your username'), '')).toEqual(['Enter your username']);
  });
});
