/**
 * Expected failures. Each carries the contract's error code and a sentence a person can act on;
 * the HTTP layer turns them into `{error, message, ...details}` with the status given here.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Please log in first.') => new AppError(401, 'unauthenticated', message);

export const forbidden = (message = 'You do not have permission to do this.') => new AppError(403, 'forbidden', message);

/** Also used for things that exist but are not the caller's, so that existence does not leak. */
export const notFound = (what = 'The requested item') => new AppError(404, 'not_found', `${what} was not found.`);

export const conflict = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new AppError(409, code, message, details);

export type FieldIssue = { path: string; message: string };

export const validationError = (message: string, issues: FieldIssue[], details: Record<string, unknown> = {}) =>
  new AppError(400, 'validation', message, { issues, ...details });
