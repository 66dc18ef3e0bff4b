import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../../db/errors.js';
import { Message, msg, translate, translateDeep, type Text } from '../../../common/i18n/messages.js';
import { labelledIssue } from '../../../common/i18n/field-names.js';
import { zodIssueText } from '../../../common/i18n/zod-issues.js';
import { DEFAULT_LANGUAGE, type Language } from '../../../common/languages.js';
import { AppError, type FieldIssue } from '../../errors.js';
import { acceptLanguageInRawHead, languageFromAcceptLanguage, requestLanguage } from '../request-language.js';

/** What a 503 `unavailable` tells clients to wait before retrying: a database restart takes seconds. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** The largest file an upload (user or question import) may carry. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

type ErrorBody = { error: string; message: string; [detail: string]: unknown };

/** Fastify's own error codes that are the client's doing, with the sentence we answer them with. */
const CLIENT_ERRORS: Record<string, { status: number; error: string; message: Message }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, error: 'validation', message: msg('request.invalidJson') },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: 'validation', message: msg('request.emptyJson') },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, error: 'unsupported_media_type', message: msg('request.mediaType') },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: 'too_large', message: msg('request.bodyTooLarge') },
  FST_REQ_FILE_TOO_LARGE: { status: 400, error: 'validation', message: msg('request.fileTooLarge', { megabytes: MAX_UPLOAD_BYTES / 1024 / 1024 }) },
  FST_FILES_LIMIT: { status: 400, error: 'validation', message: msg('request.oneFile') },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 400, error: 'validation', message: msg('request.multipartType') },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, error: 'bad_request', message: msg('request.contentLength') },
  FST_ERR_BAD_URL: { status: 400, error: 'bad_request', message: msg('request.badUrl') },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, error: 'too_long', message: msg('request.urlTooLong') },
  FST_PARTS_LIMIT: { status: 400, error: 'validation', message: msg('request.oneFileNoFields') },
  FST_FIELDS_LIMIT: { status: 400, error: 'validation', message: msg('request.oneFileNoFields') },
  FST_PROTO_VIOLATION: { status: 400, error: 'validation', message: msg('request.badFieldName') },
  FST_INVALID_JSON_FIELD_ERROR: { status: 400, error: 'validation', message: msg('request.badJsonField') },
  FST_MP_PREMATURE_CLOSE: { status: 400, error: 'validation', message: msg('request.uploadCut') },
  FST_CSRF_INVALID_TOKEN: { status: 403, error: 'csrf', message: msg('request.csrf') },
  FST_CSRF_MISSING_SECRET: { status: 403, error: 'csrf', message: msg('request.csrf') },
};

function fieldIssues(validation: ZodFastifySchemaValidationError[], context: string | undefined): FieldIssue[] {
  return validation.map((v) => {
    const keys = (v.params as { keys?: string[] }).keys;
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const message = zodIssueText({ ...v.params, code: v.keyword, message: v.message ?? '' });
    if (v.keyword === 'unrecognized_keys' && keys) return { path: [path, keys.join(', ')].filter(Boolean).join('.'), message };
    return { path: path || (context ?? 'body'), message };
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
 * The issues' sentences joined into one, for the `message` of a 400 `validation`, each after its
 * field's name as people know it ("Judul: Wajib diisi"), never the code path: clients show this
 * sentence as it is. The paths stay in `issues` for programs.
 */
const joinIssues = (language: Language, issues: FieldIssue[]) =>
  issues.map((i) => labelledIssue(language, i.path, translate(language, i.message))).join('; ');

/**
 * Every error leaves as `{error, message, ...}`: 4xx with a sentence a person can act on, 500
 * without internals (logged with its class, route and request id; see loggableError). Sentences
 * (`message`, and any Message in the details, such as `issues[].message`) are in the caller's
 * language (request-language.ts).
 */
function sendError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const language = requestLanguage(req);
  let status: number;
  let body: { error: string; message: Text; [detail: string]: unknown };
  if (err instanceof AppError) {
    status = err.status;
    body = { error: err.code, message: err.text, ...err.details };
  } else if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = fieldIssues(err.validation, err.validationContext);
    status = 400;
    body = { error: 'validation', message: joinIssues(language, issues), issues };
  } else if (err.code && CLIENT_ERRORS[err.code]) {
    const known = CLIENT_ERRORS[err.code]!;
    status = known.status;
    body = { error: known.error, message: known.message };
    if (known.error === 'validation') body.issues = [{ path: 'body', message: known.message }];
  } else if (req.isMultipart() && MULTIPART_PARSE_ERROR.test(err.message)) {
    status = 400;
    const message = msg('request.uploadMalformed');
    body = { error: 'validation', message, issues: [{ path: 'file', message }] };
  } else if (err.statusCode === 429) {
    status = 429;
    body = { error: 'rate_limited', message: msg('errors.rate_limited') };
  } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    // A client error we have no sentence for: Fastify's own wording in English, our generic one in
    // Indonesian; never a 500.
    status = err.statusCode;
    body = { error: 'bad_request', message: new Message('errors.bad_request', {}, err.message) };
  } else if (isDatabaseUnavailable(err)) {
    // Down, restarting or too slow: nothing is wrong with the request, and retrying later works.
    req.log.warn({ route: routeOf(req), error: loggableError(err) }, 'database unavailable');
    status = 503;
    body = { error: 'unavailable', message: msg('errors.unavailable') };
    void reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
  } else {
    // `error`, not `err`: pino's err serializer would put the raw message and stack back.
    req.log.error({ route: routeOf(req), error: loggableError(err) }, 'request failed');
    status = 500;
    body = { error: 'internal', message: msg('errors.internal') };
  }
  void reply.status(status).send(translateDeep(language, body));
}

/** The 404 for an /api/ address no route serves, in the caller's language. */
export function sendNoEndpoint(req: FastifyRequest, reply: FastifyReply) {
  const message = msg('request.noEndpoint', { method: req.method, path: req.url.split('?')[0]! });
  return reply.status(404).send({ error: 'not_found', message: translate(requestLanguage(req), message) } satisfies ErrorBody);
}

/** Every error leaves in the contract's shape, those raised before routing included. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler(sendError);

  app.setNotFoundHandler(sendNoEndpoint);
}

/**
 * Raw socket errors (malformed HTTP, oversized headers, timeouts) happen before Fastify has a
 * request: the answer is written by hand, in the contract's shape. Its language is the
 * Accept-Language found in the bytes the parser rejected (`rawPacket`: malformed HTTP, headers too
 * large), else Indonesian. A 408 always answers in Indonesian: it comes when the headers did not
 * all arrive in time (requestTimeout is off, so only headersTimeout fires), and Node hands over no
 * bytes of the unfinished head.
 */
function clientErrorHandler(err: ConnectionError, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, error, message] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'timeout', msg('request.timeout')]
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'too_large', msg('request.headersTooLarge')]
        : [400, 'bad_request', msg('request.notHttp')];
  // Node hands over a Buffer (Fastify's type describes its JSON form), or nothing on a timeout.
  const raw: unknown = err.rawPacket;
  const language = languageFromAcceptLanguage(acceptLanguageInRawHead(Buffer.isBuffer(raw) ? raw : undefined)) ?? DEFAULT_LANGUAGE;
  const json = JSON.stringify({ error, message: translate(language, message) } satisfies ErrorBody);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(json)}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${json}`);
  }
  socket.destroy(err);
}

/** Fastify constructor options for errors raised before routing (bad %-escapes in the URL, malformed HTTP). */
export const earlyErrorOptions = { frameworkErrors: sendError, clientErrorHandler } satisfies Partial<FastifyServerOptions>;
