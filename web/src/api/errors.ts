/** One field-level problem reported by the server with a 400 `validation` error. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Every failed request becomes an ApiError, so callers handle one shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues?: ValidationIssue[];
  /** The parsed response body, for endpoints that return extra detail (e.g. import rows). */
  readonly body: unknown;
  /** The server's `Retry-After` (503 `unavailable`, 429) in ms, when it sent one. */
  readonly retryAfterMs?: number;

  constructor(status: number, code: string, message: string, issues?: ValidationIssue[], body?: unknown, retryAfterMs?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.body = body;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Status 0 marks a request that never got an HTTP answer. */
export const NETWORK_ERROR_CODE = 'network';

function pathToString(path: unknown): string {
  if (Array.isArray(path)) return path.map(String).join('.');
  return path === undefined || path === null ? '' : String(path);
}

function normalizeIssues(raw: unknown): ValidationIssue[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    .map((item) => ({ path: pathToString(item.path), message: String(item.message ?? '') }));
}

/** `Retry-After` in seconds (the only form the Ujian server sends) as ms; anything else: undefined. */
function retryAfterMsOf(header: string | null | undefined): number | undefined {
  const seconds = header ? Number(header) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * Builds an ApiError from a non-2xx response body `{error, message, issues?}` and its Retry-After
 * header. A body without a message (a proxy's HTML page) gets an empty one, never the HTTP status
 * text, which is English: errorMessage() then says it in the reader's language.
 */
export function errorFromResponse(status: number, body: unknown, retryAfter?: string | null): ApiError {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof record.error === 'string' ? record.error : `http_${status}`;
  const message = typeof record.message === 'string' ? record.message : '';
  return new ApiError(status, code, message, normalizeIssues(record.issues), body, retryAfterMsOf(retryAfter));
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
