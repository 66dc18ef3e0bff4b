import type { MonitorRowView, MonitorSnapshot } from '../../api/monitoring';

/** A dashboard row for unit tests; only what a test cares about needs saying. */
export function rowOf(overrides: Partial<MonitorRowView> = {}): MonitorRowView {
  return {
    sessionId: 's1',
    workerName: 'Budi',
    unit: 'Produksi',
    packageName: 'A',
    status: 'in_progress',
    answeredCount: 0,
    questionCount: 30,
    remainingMs: 600_000,
    lastSeenAt: '2025-01-01T00:00:00.000Z',
    online: true,
    presence: 'online',
    flags: [],
    ...overrides,
  };
}

export function snapshotOf(sessions: MonitorRowView[], serverNow = '2025-01-01T00:00:00.000Z'): MonitorSnapshot {
  const counts = { not_started: 0, in_progress: 0, submitted: 0, closed: 0, abandoned: 0 };
  for (const row of sessions) counts[row.status]++;
  return { assessment: { id: 'a1', title: 'K3', questionCount: 30, timeZone: 'Asia/Makassar' }, counts, sessions, serverNow };
}
