/** PostgreSQL's SQLSTATE for a unique violation; PGlite and node-postgres both report it as `code`. */
const UNIQUE_VIOLATION = '23505';

/** True when `err` (or an error it wraps, as Drizzle does) is a unique violation, optionally of one constraint. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name } = e as { code?: unknown; constraint?: unknown };
    if (code === UNIQUE_VIOLATION) return constraint === undefined || name === constraint;
  }
  return false;
}

/** Socket errors: the server is down, restarting or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a database that is going away or too slow right now, not of a bad statement:
 * connection exceptions (class 08), shutdown and start-up (57P0x), too many connections, and the
 * statement, lock and idle-in-transaction timeouts.
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[1-4]|53300|57014|55P03|25P03)$/;

/** node-postgres and pg-pool report lost connections and their own timeouts by message only. */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout expired',
];

/**
 * True when `err` (or an error it wraps, as Drizzle does) means the database cannot be reached or
 * did not answer in time: the request may succeed if retried later (503 `unavailable`), and nothing
 * is wrong with the request or the code.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
    if (typeof message === 'string' && DRIVER_MESSAGES.some((m) => message.startsWith(m))) return true;
  }
  return false;
}
