import type { Actor } from '@common/policy';
import { homePathFor, mayVisit } from './navigation';

const LOGIN_PATH = '/login';
/** Any origin will do: parsing against it only tells whether the value stays on our own. */
const PROBE_ORIGIN = 'https://app.invalid';

/**
 * A `next` value, if it is a path of this app: starts with one "/" (not "//" or "/\", which a browser
 * reads as another host), parses to this origin, is not the login page itself. Returns the
 * normalised path with query and fragment, or null. Never an address elsewhere (no open redirect).
 */
export function safeNextPath(raw: string | null | undefined): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN || url.pathname === LOGIN_PATH) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The login page's address that brings the visitor back to `path` (path, query and fragment) afterwards. */
export function loginPathFor(path: string): string {
  const next = safeNextPath(path);
  return next && next !== '/' ? `${LOGIN_PATH}?next=${encodeURIComponent(next)}` : LOGIN_PATH;
}

/** Where a signed-in user goes from the login page: back to `next` when it is one of their pages, else home. */
export function pathAfterLogin(user: Actor, next: string | null): string {
  const path = safeNextPath(next);
  return path && mayVisit(user, new URL(path, PROBE_ORIGIN).pathname) ? path : homePathFor(user);
}
