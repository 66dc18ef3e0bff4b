import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';
import { AppError, type FieldIssue } from '../../errors.js';

/** The largest file an upload (user or question import) may carry. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

type ErrorBody = { error: string; message: string; [detail: string]: unknown };

/** Fastify's own error codes that are the client's doing, with the sentence we answer them with. */
const CLIENT_ERRORS: Record<string, { status: number; error: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, error: 'validation', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: 'validation', message: 'The request body is empty; send a JSON object.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, error: 'unsupported_media_type', message: 'Send the request body as application/json.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: 'too_large', message: 'The request body is too large.' },
  FST_REQ_FILE_TOO_LARGE: { status: 400, error: 'validation', message: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.` },
  FST_FILES_LIMIT: { status: 400, error: 'validation', message: 'Upload one file at a time.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 400, error: 'validation', message: 'Upload the file as multipart/form-data.' },
  FST_CSRF_INVALID_TOKEN: { status: 403, error: 'csrf', message: 'The security token is missing or wrong. Reload the page and try again.' },
  FST_CSRF_MISSING_SECRET: { status: 403, error: 'csrf', message: 'The security token is missing or wrong. Reload the page and try again.' },
};

function fieldIssues(validation: ZodFastifySchemaValidationError[], context: string | undefined): FieldIssue[] {
  return validation.map((v) => {
    const keys = (v.params as { keys?: string[] }).keys;
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (v.keyword === 'unrecognized_keys' && keys) {
      return { path: [path, keys.join(', ')].filter(Boolean).join('.'), message: `Unknown field(s): ${keys.join(', ')}` };
    }
    return { path: path || (context ?? 'body'), message: v.message ?? 'Invalid value' };
  });
}

/**
 * What a 500 writes to the log: message, code and stack of the error and its causes, but never a
 * failed query's parameters (they can hold password hashes, names, answers).
 */
function loggableError(err: unknown): Record<string, unknown> | undefined {
  if (!err || typeof err !== 'object') return { message: String(err) };
  const e = err as { name?: string; message?: string; code?: unknown; constraint?: unknown; stack?: string; cause?: unknown };
  return { type: e.name, message: e.message, code: e.code, constraint: e.constraint, stack: e.stack, cause: e.cause ? loggableError(e.cause) : undefined };
}

/** Every error leaves as `{error, message, ...}`: 4xx with a sentence a person can act on, 500 without internals. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    let status: number;
    let body: ErrorBody;
    if (err instanceof AppError) {
      status = err.status;
      body = { error: err.code, message: err.message, ...err.details };
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = fieldIssues(err.validation, err.validationContext);
      status = 400;
      body = { error: 'validation', message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues };
    } else if (err.code && CLIENT_ERRORS[err.code]) {
      const known = CLIENT_ERRORS[err.code]!;
      status = known.status;
      body = { error: known.error, message: known.message };
      if (known.error === 'validation') body.issues = [{ path: 'body', message: known.message }];
    } else if (err.statusCode === 429) {
      status = 429;
      body = { error: 'rate_limited', message: 'Too many requests. Wait a moment and try again.' };
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      status = err.statusCode;
      body = { error: 'bad_request', message: err.message };
    } else {
      req.log.error({ err: loggableError(err) }, 'request failed');
      status = 500;
      body = { error: 'internal', message: 'Something went wrong on our side. Please try again; your saved work is safe.' };
    }
    void reply.status(status).send(body);
  });

  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send({ error: 'not_found', message: `No such endpoint: ${req.method} ${req.url.split('?')[0]}` });
  });
}
