import type { TimelineEntry, TimelineKind } from '@common/schemas/attempts';

/** The filter's groups: a device's start, its resumes and a take-over read as one kind of event. */
export const FILTER_GROUPS = ['answer', 'device', 'page', 'heartbeat_gap', 'hc_action', 'submitted'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

export const groupOf = (kind: TimelineKind): FilterGroup => (kind === 'started' || kind === 'taken_over' ? 'device' : kind);

/** The entries in the chosen groups, in their order; choosing none shows them all. */
export function filterEntries(entries: readonly TimelineEntry[], chosen: ReadonlySet<FilterGroup>): TimelineEntry[] {
  return chosen.size ? entries.filter((e) => chosen.has(groupOf(e.kind))) : [...entries];
}

/** How many entries each group holds, for the filter's buttons. */
export function countByGroup(entries: readonly TimelineEntry[]): Record<FilterGroup, number> {
  const counts = Object.fromEntries(FILTER_GROUPS.map((g) => [g, 0])) as Record<FilterGroup, number>;
  for (const e of entries) counts[groupOf(e.kind)] += 1;
  return counts;
}

/**
 * Seconds the worker's device clock differed from the server's when it sent a save: positive when
 * the device was ahead. Null without a device time. Network delay is in it too, so a second or two
 * means nothing; minutes or hours mean a wrong device clock.
 */
export function clockSkewSeconds({ at, clientTime }: { at: string; clientTime: string | null }): number | null {
  if (!clientTime) return null;
  return Math.round((Date.parse(clientTime) - Date.parse(at)) / 1000);
}

const SNAPSHOT_FIELDS = ['status', 'deadline', 'pausedAt', 'extensionMinutes'] as const;
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];
export type SnapshotChange = { field: SnapshotField; before: string | number | null; after: string | number | null };

const snapshotValue = (snapshot: unknown, field: string): string | number | null => {
  const value = snapshot && typeof snapshot === 'object' ? (snapshot as Record<string, unknown>)[field] : null;
  return typeof value === 'string' || typeof value === 'number' ? value : null;
};

/**
 * What an HC action on the attempt changed, from the audit record's session snapshots (status,
 * deadline, pausedAt, extensionMinutes): the fields whose value differs, before and after.
 * Records of other shapes (assessment-wide actions, re-keys) give none.
 */
export function snapshotChanges(before: unknown, after: unknown): SnapshotChange[] {
  return SNAPSHOT_FIELDS.map((field) => ({ field, before: snapshotValue(before, field), after: snapshotValue(after, field) })).filter(
    (change) => change.before !== change.after && (change.before !== null || change.after !== null),
  );
}

/** Minutes an extend added: the session's extension grew by them, or the assessment-wide record names them. */
export function addedMinutes(entry: Extract<TimelineEntry, { kind: 'hc_action' }>): number | null {
  if (entry.action === 'assessment.extend') {
    const minutes = snapshotValue(entry.after, 'minutes');
    return typeof minutes === 'number' ? minutes : null;
  }
  if (entry.action !== 'session.extend') return null;
  const [before, after] = [snapshotValue(entry.before, 'extensionMinutes'), snapshotValue(entry.after, 'extensionMinutes')];
  return typeof before === 'number' && typeof after === 'number' ? after - before : null;
}
