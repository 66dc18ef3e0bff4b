import type { TimelineEntry } from '@common/schemas/attempts';
import { describe, expect, it } from 'vitest';
import { addedMinutes, clockSkewSeconds, countByGroup, filterEntries, snapshotChanges } from './timelineView';

const at = '2026-11-25T03:00:00.000Z';
const entries: TimelineEntry[] = [
  { kind: 'started', at, device: 'a1b2c3d4', browser: null, resumed: false },
  { kind: 'answer', at, questionId: 'q', questionNumber: 1, optionId: 'o', optionLetter: 'B', seq: 1, clientTime: null, applied: true },
  { kind: 'taken_over', at, fromDevice: 'a1b2c3d4', toDevice: 'e5f6a7b8', browser: 'Chrome 131 · Android' },
  { kind: 'page', at, pageIndex: 1 },
  { kind: 'submitted', at, submitKind: 'worker', status: 'submitted' },
];
const extend = (action: string, before: unknown, after: unknown) =>
  ({ kind: 'hc_action', at, scope: 'attempt', questionNumber: null, action, actorName: 'HC', reason: null, before, after }) as Extract<TimelineEntry, { kind: 'hc_action' }>;

describe('the timeline filter', () => {
  it('shows everything when nothing is chosen, else the chosen groups, starts and take-overs together', () => {
    expect(filterEntries(entries, new Set())).toHaveLength(5);
    expect(filterEntries(entries, new Set(['device'])).map((e) => e.kind)).toEqual(['started', 'taken_over']);
    expect(filterEntries(entries, new Set(['answer', 'submitted'])).map((e) => e.kind)).toEqual(['answer', 'submitted']);
    expect(countByGroup(entries)).toEqual({ answer: 1, device: 2, page: 1, heartbeat_gap: 0, hc_action: 0, submitted: 1 });
  });
});

describe('reading an entry', () => {
  it('measures the device clock against the server: ahead is positive', () => {
    expect(clockSkewSeconds({ at, clientTime: null })).toBeNull();
    expect(clockSkewSeconds({ at, clientTime: '2026-11-25T02:59:57.600Z' })).toBe(-2);
    expect(clockSkewSeconds({ at, clientTime: '2026-11-25T04:00:00.000Z' })).toBe(3600);
  });

  it("lists what an HC action changed in the session's snapshot", () => {
    const before = { status: 'in_progress', deadline: '2026-11-25T03:30:00.000Z', pausedAt: null, extensionMinutes: 0 };
    const after = { ...before, deadline: '2026-11-25T03:35:00.000Z', extensionMinutes: 5 };
    expect(snapshotChanges(before, after)).toEqual([
      { field: 'deadline', before: before.deadline, after: after.deadline },
      { field: 'extensionMinutes', before: 0, after: 5 },
    ]);
    expect(snapshotChanges(null, { minutes: 5, sessions: 3 })).toEqual([]);
    expect(addedMinutes(extend('session.extend', before, after))).toBe(5);
    expect(addedMinutes(extend('assessment.extend', null, { minutes: 10, sessions: 3 }))).toBe(10);
    expect(addedMinutes(extend('session.pause', before, before))).toBeNull();
  });
});
