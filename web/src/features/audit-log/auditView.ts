/**
 * Pure helpers of the audit log page: the date filter in WIB, and a readable before/after diff.
 */

/** WIB (Asia/Jakarta) is UTC+7 all year round: Indonesia keeps no daylight saving time. */
const WIB_OFFSET = '+07:00';
const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a calendar day (YYYY-MM-DD) starts in WIB, as an ISO-8601 UTC string; null for anything else. */
export function wibDayStart(day: string): string | null {
  if (!DAY.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00${WIB_OFFSET}`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/**
 * The API's `from`/`to` (from inclusive, to exclusive) for a range of WIB calendar days, both ends
 * included: "2026-11-30".."2026-11-30" is 2026-11-29T17:00Z up to 2026-11-30T17:00Z. An empty or
 * malformed end is left open.
 */
export function wibDayRange(fromDay: string, toDay: string): { from?: string; to?: string } {
  const from = wibDayStart(fromDay) ?? undefined;
  const toStart = wibDayStart(toDay);
  const to = toStart ? new Date(Date.parse(toStart) + DAY_MS).toISOString() : undefined;
  return { from, to };
}

export type ChangeKind = 'added' | 'removed' | 'changed' | 'same';

/** One line of a diff: a field (dotted path into nested objects; '' for a whole non-object value). */
export interface DiffLine {
  path: string;
  before: unknown;
  after: unknown;
  change: ChangeKind;
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaves of a value by dotted path: nested objects are walked, arrays and scalars are leaves. */
function leaves(value: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> {
  if (isRecord(value) && Object.keys(value).length) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (value !== null && value !== undefined) {
    into.set(prefix, value);
  }
  return into;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of an audit entry's `before` and `after` side by side, in the order they first
 * appear (before's, then after's new ones). A field only in `after` is "added", only in `before`
 * "removed"; null and absent count as absent. Two non-objects (say a number and null) give one
 * line with path ''.
 */
export function auditDiff(before: unknown, after: unknown): DiffLine[] {
  const old = leaves(before, '', new Map());
  const now = leaves(after, '', new Map());
  const paths = [...new Set([...old.keys(), ...now.keys()])];
  return paths.map((path) => {
    const [b, a] = [old.get(path), now.get(path)];
    const change: ChangeKind = !old.has(path) ? 'added' : !now.has(path) ? 'removed' : same(b, a) ? 'same' : 'changed';
    return { path, before: b, after: a, change };
  });
}
