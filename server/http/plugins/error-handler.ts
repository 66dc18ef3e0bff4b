import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../../db/errors.js';
import { AppError, type FieldIssue } from '../../errors.js';

/** What a 503 `unavailable` tells clients to wait before retrying: a database restart takes seconds. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

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
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, error: 'bad_request', message: 'The request body does not match its Content-Length.' },
  FST_ERR_BAD_URL: { status: 400, error: 'bad_request', message: 'The address is not valid: it has a broken %-escape. Check the link.' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, error: 'too_long', message: 'The address is too long.' },
  FST_PARTS_LIMIT: { status: 400, error: 'validation', message: 'Upload one file at a time, with no other form fields.' },
  FST_FIELDS_LIMIT: { status: 400, error: 'validation', message: 'Upload one file at a time, with no other form fields.' },
  FST_PROTO_VIOLATION: { status: 400, error: 'validation', message: 'The upload form has a field name that is not allowed.' },
  FST_INVALID_JSON_FIELD_ERROR: { status: 400, error: 'validation', message: 'A form field is not valid JSON.' },
  FST_MP_PREMATURE_CLOSE: { status: 400, error: 'validation', message: 'The upload ended before the file was complete; send it again.' },
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

/** Fields of a PostgreSQL error (pg and PGlite alike) that name things, never values. */
const DATABASE_ERROR_FIELDS = ['code', 'severity', 'routine', 'schema', 'table', 'column', 'dataType', 'constraint'] as const;

const isDatabaseError = (e: Record<string, unknown>) => typeof e.severity === 'string' && typeof e.code === 'string';

/**
 * What a 500 writes to the log: the class, message and stack frames of the error and its causes,
 * and for database errors the SQLSTATE and the names involved. Never a failed query's parameters
 * (they can hold password hashes, names, answers), nor PostgreSQL's `detail`/`where` (which quote
 * rows): drizzle puts the parameters after "params:" in its message, PostgreSQL puts the offending
 * value after the first colon ("invalid input syntax for type uuid: \"…\""), so both are cut.
 */
function loggableError(err: unknown, depth = 0): Record<string, unknown> {
  if (!err || typeof err !== 'object') return { class: typeof err };
  const e = err as Record<string, unknown> & { message?: unknown; stack?: unknown; cause?: unknown };
  const database = isDatabaseError(e);
  let message = typeof e.message === 'string' ? e.message.split('\nparams:')[0]! : undefined;
  if (database && message) message = message.split(': ')[0];
  const stackFrames = typeof e.stack === 'string' ? e.stack.split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 15).join('\n') : undefined;
  return {
    class: err.constructor?.name,
    message,
    ...(database ? Object.fromEntries(DATABASE_ERROR_FIELDS.map((k) => [k, e[k]])) : { code: e.code }),
    stack: stackFrames,
    cause: e.cause && depth < 5 ? loggableError(e.cause, depth + 1) : undefined,
  };
}

/**
 * The multipart parser (busboy) reports a cut or malformed upload with a plain Error and no code;
 * these messages are its whole list, and they are the client's doing.
 */
const MULTIPART_PARSE_ERROR = /^(Multipart: Boundary not found|Unexpected end of multipart data|.* terminated early due to unexpected end of multipart data)$/;

/** The route a log line is about: method and pattern, never the URL (its query can carry search words). */
const routeOf = (req: FastifyRequest) => `${req.method} ${req.routeOptions.url ?? '(no route)'}`;

/**
 * Every error leaves as `{error, message, ...}`: 4xx with a sentence a person can act on, 500
 * without internals (logged with its class, route and request id; see loggableError).
 */
function sendError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
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
  } else if (req.isMultipart() && MULTIPART_PARSE_ERROR.test(err.message)) {
    status = 400;
    const message = 'The upload is cut off or malformed; send the file again.';
    body = { error: 'validation', message, issues: [{ path: 'file', message }] };
  } else if (err.statusCode === 429) {
    status = 429;
    body = { error: 'rate_limited', message: 'Too many requests. Wait a moment and try again.' };
  } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    status = err.statusCode;
    body = { error: 'bad_request', message: err.message };
  } else if (isDatabaseUnavailable(err)) {
    // Down, restarting or too slow: nothing is wrong with the request, and retrying later works.
    req.log.warn({ route: routeOf(req), error: loggableError(err) }, 'database unavailable');
    status = 503;
    body = { error: 'unavailable', message: 'The server cannot reach its database right now. Try again in a few seconds; your saved work is safe.' };
    void reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
  } else {
    // `error`, not `err`: pino's err serializer would put the raw message and stack back.
    req.log.error({ route: routeOf(req), error: loggableError(err) }, 'request failed');
    status = 500;
    body = { error: 'internal', message: 'Something went wrong on our side. Please try again; your saved work is safe.' };
  }
  void reply.status(status).send(body);
}

/** Every error leaves in the contract's shape, those raised before routing included. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler(sendError);

  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send({ error: 'not_found', message: `No such endpoint: ${req.method} ${req.url.split('?')[0]}` });
  });
}

/**
 * Raw socket errors (malformed HTTP, oversized headers, timeouts) happen before Fastify has a
 * request; Node's answer is written by hand, in the contract's shape.
 */
function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, body] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, { error: 'timeout', message: 'The request took too long to arrive.' }]
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, { error: 'too_large', message: 'The request headers are too large.' }]
        : [400, { error: 'bad_request', message: 'The request is not valid HTTP.' }];
  const json = JSON.stringify(body);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(json)}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${json}`);
  }
  socket.destroy(err);
}

/** Fastify constructor options for errors raised before routing (bad %-escapes in the URL, malformed HTTP). */
export const earlyErrorOptions = { frameworkErrors: sendError, clientErrorHandler } satisfies Partial<FastifyServerOptions>;
