import type { MonitorRowsEvent, MonitorRowView, MonitorSnapshot, Presence } from '../../api/monitoring';

/** The server's clock as last heard: `serverMs` was the server's time when `performance.now()` read `perfMs`. */
export interface ServerClock {
  serverMs: number;
  perfMs: number;
}

/** A row plus when its time runs out on the server's clock; null when no clock runs (paused, not started, ended). */
export interface TrackedRow extends MonitorRowView {
  deadlineAt: number | null;
}

export interface FeedState {
  assessment: MonitorSnapshot['assessment'];
  counts: MonitorSnapshot['counts'];
  rows: TrackedRow[];
  clock: ServerClock;
}

/** A pushed (or fetched) message and the `performance.now()` at which it arrived. */
export type FeedEvent =
  | { type: 'snapshot'; data: MonitorSnapshot; receivedAt: number }
  | { type: 'rows'; data: MonitorRowsEvent; receivedAt: number };

/** The same thresholds as the server's presenter: the server only pushes on events, so age is re-read locally. */
const ONLINE_MS = 60_000;
const AWAY_MS = 10 * 60_000;

function track(row: MonitorRowView, clock: ServerClock): TrackedRow {
  const running = row.remainingMs !== null && !row.flags.includes('paused');
  return { ...row, deadlineAt: running ? clock.serverMs + row.remainingMs! : null };
}

export function reduceFeed(state: FeedState | null, event: FeedEvent): FeedState | null {
  const clock = { serverMs: Date.parse(event.data.serverNow), perfMs: event.receivedAt };
  if (event.type === 'snapshot') {
    const { assessment, counts, sessions } = event.data;
    return { assessment, counts, clock, rows: sessions.map((row) => track(row, clock)) };
  }
  // Rows before the first snapshot cannot happen on one stream; ignore them rather than guess.
  if (!state) return state;
  const changed = new Map(event.data.rows.map((row) => [row.sessionId, track(row, clock)]));
  const removed = new Set(event.data.removed);
  const rows = state.rows.filter((row) => !removed.has(row.sessionId)).map((row) => changed.get(row.sessionId) ?? row);
  const known = new Set(rows.map((row) => row.sessionId));
  for (const row of changed.values()) if (!known.has(row.sessionId)) rows.push(row);
  return { ...state, counts: event.data.counts, clock, rows };
}

/** The server's time now, from the last message and the monotonic clock (immune to a wrong PC clock). */
export function serverTimeAt(clock: ServerClock, perfNow: number): number {
  return clock.serverMs + (perfNow - clock.perfMs);
}

/** Milliseconds left: counting down while running, frozen while paused, null without a clock. */
export function timeLeftMs(row: TrackedRow, serverNow: number): number | null {
  if (row.remainingMs === null) return null;
  if (row.deadlineAt === null) return row.remainingMs;
  return Math.max(0, row.deadlineAt - serverNow);
}

export function presenceAt(row: MonitorRowView, serverNow: number): Presence {
  if (!row.lastSeenAt) return row.presence;
  const age = serverNow - Date.parse(row.lastSeenAt);
  return age < ONLINE_MS ? 'online' : age < AWAY_MS ? 'away' : 'offline';
}

export const isPaused = (row: MonitorRowView) => row.flags.includes('paused');
