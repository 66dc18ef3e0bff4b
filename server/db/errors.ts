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
