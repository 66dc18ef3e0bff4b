import { Message, msg, translate, type MessageKey, type Text } from '../common/i18n/messages.js';

/**
 * Expected failures. Each carries the contract's error code and a sentence a person can act on;
 * the HTTP layer turns them into `{error, message, ...details}` with the status given here, the
 * sentence (and every Message inside `details`, such as `issues[].message`) in the caller's
 * language. Pass a Message (`msg('key', params)`, common/i18n) for a translated sentence; a plain
 * string is answered as it is, in English. `message` (for logs) is the English sentence.
 */
export class AppError extends Error {
  readonly text: Text;

  constructor(
    readonly status: number,
    readonly code: string,
    text: Text,
    readonly details: Record<string, unknown> = {},
  ) {
    super(translate('en', text));
    this.text = text;
    this.name = 'AppError';
  }
}

export const unauthenticated = (text: Text = msg('errors.unauthenticated')) => new AppError(401, 'unauthenticated', text);

export const forbidden = (text: Text = msg('errors.forbidden')) => new AppError(403, 'forbidden', text);

/** The things a 404 can name (as call sites have always written them), with their catalog nouns. */
const THINGS = {
  'The requested item': 'thing.item',
  Assessment: 'thing.assessment',
  Assignment: 'thing.assignment',
  'Coach link': 'thing.coach_link',
  Coachee: 'thing.coachee',
  Competency: 'thing.competency',
  'Exam session': 'thing.exam_session',
  Image: 'thing.image',
  Package: 'thing.package',
  Question: 'thing.question',
  User: 'thing.user',
} as const satisfies Record<string, MessageKey>;
export type Thing = keyof typeof THINGS;

/** Also used for things that exist but are not the caller's, so that existence does not leak. */
export const notFound = (thing: Thing = 'The requested item') => new AppError(404, 'not_found', msg('errors.not_found', { thing: msg(THINGS[thing]) }));

export const conflict = (code: string, text: Text, details: Record<string, unknown> = {}) => new AppError(409, code, text, details);

export type FieldIssue = { path: string; message: Text };

export const validationError = (text: Text, issues: FieldIssue[], details: Record<string, unknown> = {}) =>
  new AppError(400, 'validation', text, { issues, ...details });

export { Message, msg };
export type { Text };
