import type { MonitorRowView } from '../../common/schemas/monitoring.js';
import { SESSION_STATUSES } from '../../common/schemas/sessions.js';
import type { MonitorRow, MonitorState } from '../domain/monitoring/monitor-rows.js';

const ONLINE_MS = 60_000;
const AWAY_MS = 10 * 60_000;

export type Presence = MonitorRowView['presence'];

export function presenceOf(lastSeenAt: Date | null, now: Date): Presence {
  const age = lastSeenAt ? now.getTime() - lastSeenAt.getTime() : Infinity;
  return age < ONLINE_MS ? 'online' : age < AWAY_MS ? 'away' : 'offline';
}

/** One dashboard row. Exactly these keys leave the server: the payload test checks the key set. */
export function presentMonitorRow(row: MonitorRow, now: Date): MonitorRowView {
  const running = row.status === 'in_progress' && row.deadline;
  const presence = presenceOf(row.lastSeenAt, now);
  const flags: MonitorRowView['flags'] = [];
  if (row.submitKind === 'auto') flags.push('auto_submitted');
  if (row.status === 'abandoned') flags.push('abandoned');
  if (row.pausedAt) flags.push('paused');
  return {
    sessionId: row.sessionId,
    workerName: row.workerName,
    unit: row.unit,
    packageName: row.packageName,
    status: row.status,
    answeredCount: row.answered.size,
    questionCount: row.questionCount,
    remainingMs: running ? Math.max(0, row.deadline!.getTime() - (row.pausedAt ?? now).getTime()) : null,
    lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
    online: presence === 'online',
    presence,
    flags,
  };
}

export function presentCounts(rows: Iterable<MonitorRow>) {
  const counts = Object.fromEntries(SESSION_STATUSES.map((s) => [s, 0])) as Record<(typeof SESSION_STATUSES)[number], number>;
  for (const row of rows) counts[row.status]++;
  return counts;
}

export function presentMonitorSnapshot(state: MonitorState, now: Date) {
  return {
    assessment: state.assessment,
    counts: presentCounts(state.rows.values()),
    sessions: [...state.rows.values()].map((r) => presentMonitorRow(r, now)).sort((a, b) => a.workerName.localeCompare(b.workerName)),
    serverNow: now.toISOString(),
  };
}
