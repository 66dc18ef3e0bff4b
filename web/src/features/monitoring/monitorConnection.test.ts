import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MonitorSnapshot } from '../../api/monitoring';
import type { FeedEvent } from './feedState';
import { ERRORS_BEFORE_FALLBACK, FALLBACK_INTERVAL_MS, MonitorConnection, type Connection, type StreamSource } from './monitorConnection';
import { snapshotOf } from './testRows';

class FakeSource implements StreamSource {
  readyState = 0;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, (event: MessageEvent<string>) => void>();
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  push(type: string, data: unknown) {
    this.readyState = 1;
    this.listeners.get(type)?.({ data: JSON.stringify(data) } as MessageEvent<string>);
  }
  fail(readyState = 0) {
    this.readyState = readyState;
    this.onerror?.(new Event('error'));
  }
}

function setup() {
  const sources: FakeSource[] = [];
  const events: FeedEvent[] = [];
  const states: Connection[] = [];
  const fetchSnapshot = vi.fn(async (): Promise<MonitorSnapshot> => snapshotOf([]));
  const connection = new MonitorConnection(
    'a1',
    { event: (e) => events.push(e), connection: (c) => states.push(c), failure: () => {} },
    {
      openStream: (url) => {
        expect(url).toBe('/api/assessments/a1/monitor/events');
        const source = new FakeSource();
        sources.push(source);
        return source;
      },
      fetchSnapshot,
      now: () => 42,
    },
  );
  connection.start();
  return { connection, sources, events, states, fetchSnapshot, latest: () => sources[sources.length - 1]! };
}

describe('MonitorConnection', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is live once the stream delivers its snapshot, and passes rows on', () => {
    const { latest, events, states } = setup();
    latest().push('snapshot', snapshotOf([]));
    latest().push('rows', { rows: [], removed: [], counts: snapshotOf([]).counts, serverNow: '2025-01-01T00:00:01.000Z' });
    expect(states).toEqual(['connecting', 'live']);
    expect(events.map((e) => [e.type, e.receivedAt])).toEqual([
      ['snapshot', 42],
      ['rows', 42],
    ]);
  });

  it('says "reconnecting" while EventSource retries, and is live again on the fresh snapshot', () => {
    const { latest, states, fetchSnapshot } = setup();
    latest().push('snapshot', snapshotOf([]));
    latest().fail();
    latest().push('snapshot', snapshotOf([]));
    expect(states).toEqual(['connecting', 'live', 'reconnecting', 'live']);
    expect(fetchSnapshot).not.toHaveBeenCalled();
  });

  it(`polls a snapshot every 15 s after ${ERRORS_BEFORE_FALLBACK} errors in a row, and returns to the stream when it works`, async () => {
    const { sources, latest, states, fetchSnapshot, events } = setup();
    for (let i = 0; i < ERRORS_BEFORE_FALLBACK; i++) latest().fail();
    expect(states.at(-1)).toBe('fallback');
    expect(sources[0]!.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchSnapshot).toHaveBeenCalledTimes(1);
    expect(events).toHaveLength(1);

    // The retry of the stream fails at once: stay in fallback, keep polling, try again later.
    await vi.advanceTimersByTimeAsync(FALLBACK_INTERVAL_MS);
    expect(sources).toHaveLength(2);
    expect(fetchSnapshot).toHaveBeenCalledTimes(2);
    latest().fail();
    expect(sources[1]!.closed).toBe(true);

    await vi.advanceTimersByTimeAsync(FALLBACK_INTERVAL_MS);
    expect(sources).toHaveLength(3);
    latest().push('snapshot', snapshotOf([]));
    expect(states.at(-1)).toBe('live');
    await vi.advanceTimersByTimeAsync(FALLBACK_INTERVAL_MS * 3);
    expect(fetchSnapshot).toHaveBeenCalledTimes(3);
    expect(sources).toHaveLength(3);
  });

  it('falls back at once when the server refuses the stream (EventSource gives up)', () => {
    const { latest, states } = setup();
    latest().fail(2);
    expect(states).toEqual(['connecting', 'fallback']);
  });

  it('stops every timer and the stream on stop', async () => {
    const { connection, latest, sources, fetchSnapshot } = setup();
    latest().fail(2);
    connection.stop();
    await vi.advanceTimersByTimeAsync(FALLBACK_INTERVAL_MS * 4);
    expect(sources).toHaveLength(1);
    expect(fetchSnapshot).toHaveBeenCalledTimes(1);
  });
});
