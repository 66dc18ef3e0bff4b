import { LANGUAGE_HEADER } from '@common/languages';
import { ApiError, NETWORK_ERROR_CODE, errorFromResponse } from './errors';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  /** A plain value is sent as JSON; FormData is sent as multipart (the browser sets the boundary). */
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

const CSRF_HEADER = 'x-csrf-token';
let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

let uiLanguage = 'id';

/** Called by the i18n module whenever the user's UI language changes (and once at start). */
export function setUiLanguage(language: string): void {
  uiLanguage = language;
}

/** The UI language requests are made in, for links that cannot carry headers (`?lang=`). */
export const uiLanguageOfRequests = () => uiLanguage;

/**
 * The headers every API request carries besides its own: the language shown in the UI (the
 * language switch, kept in localStorage) as LANGUAGE_HEADER, which the server answers its messages
 * (errors, import reports) in before anything else, so they always match the screen; and as
 * Accept-Language for anything that reads only the standard header.
 */
export function commonHeaders(): Record<string, string> {
  return { accept: 'application/json', 'accept-language': uiLanguage, [LANGUAGE_HEADER]: uiLanguage };
}

/** Login and `GET /api/auth/me` hand out a fresh token; keep it for every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Lets the auth layer learn that the session ended while the app was open. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

async function send(url: string, method: Method, options: RequestOptions): Promise<Response> {
  const headers = commonHeaders();
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  try {
    return await fetch(url, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, NETWORK_ERROR_CODE, cause instanceof Error ? cause.message : 'Network error');
  }
}

/** Fetches a new CSRF token from the server and keeps it. */
export async function refreshCsrfToken(): Promise<string> {
  const result = await request<{ csrfToken: string }>('/api/auth/csrf');
  csrfToken = result.csrfToken;
  return csrfToken;
}

function isCsrfRejection(status: number, body: unknown): boolean {
  return status === 403 && typeof body === 'object' && body !== null && (body as { error?: unknown }).error === 'csrf';
}

/**
 * JSON request against the Ujian API. Non-GET requests carry the CSRF token; a rejected token is
 * refreshed once and the request retried. Failures throw ApiError.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const url = buildUrl(path, options.query);
  if (method !== 'GET' && !csrfToken) await refreshCsrfToken();

  let response = await send(url, method, options);
  let body = await readBody(response);
  if (method !== 'GET' && isCsrfRejection(response.status, body)) {
    await refreshCsrfToken();
    response = await send(url, method, options);
    body = await readBody(response);
  }
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/auth/')) {
      unauthenticatedListeners.forEach((listener) => listener());
    }
    throw errorFromResponse(response.status, body, response.headers.get('retry-after'));
  }
  return body as T;
}
