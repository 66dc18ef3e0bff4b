import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import type { DomainEvent, EventBatch } from './domain-events.js';
import { EventBatcher, MAX_BATCH_BYTES } from './event-batcher.js';
import { EventHub } from './event-hub.js';

const saved = (i: number): DomainEvent => ({
  type: 'answer_saved',
  sessionId: `session-${i % 7}`,
  assessmentId: 'assessment-1',
  questionId: `question-${i}-${'x'.repeat(i % 50)}`,
  answered: i % 3 !== 0,
  at: new Date(1_800_000_000_000 + i).toISOString(),
});

describe('EventBatcher', () => {
  it('sends all events of a flush in order, numbered payloads below the NOTIFY limit, in one call', async () => {
    const calls: string[][] = [];
    const batcher = new EventBatcher(async (payloads) => void calls.push(payloads), undefined, 60_000);
    const events = Array.from({ length: 500 }, (_, i) => saved(i));
    for (const e of events) batcher.enqueue(e);
    await batcher.flush();
    expect(calls).toHaveLength(1);
    const batches = calls[0]!.map((p) => JSON.parse(p) as EventBatch);
    expect(batches.length).toBeGreaterThan(1);
    for (const p of calls[0]!) expect(Buffer.byteLength(p)).toBeLessThan(MAX_BATCH_BYTES);
    expect(batches.map((b) => b.n)).toEqual(batches.map((_, i) => i + 1));
    expect(batches.every((b) => b.from === batcher.instance)).toBe(true);
    expect(batches.flatMap((b) => b.events)).toEqual(events);
  });

  it('sends what arrives during a slow send right after it, never two sends at once', async () => {
    let running = 0;
    let overlapped = false;
    const sent: DomainEvent[] = [];
    const batcher = new EventBatcher(async (payloads) => {
      overlapped ||= running++ > 0;
      await new Promise((r) => setTimeout(r, 20));
      running--;
      for (const p of payloads) sent.push(...(JSON.parse(p) as EventBatch).events);
    }, undefined, 1);
    const events = Array.from({ length: 30 }, (_, i) => saved(i));
    for (const e of events) {
      batcher.enqueue(e);
      await new Promise((r) => setTimeout(r, 2));
    }
    await batcher.flush();
    await batcher.flush();
    expect(overlapped).toBe(false);
    expect(sent).toEqual(events);
  });
});

describe('EventHub batches', () => {
  async function hubWithFakeListener() {
    let deliver: (payload: string) => void = () => {};
    const database = { db: { dialect: {} }, listen: async (_c: string, onPayload: (p: string) => void) => ((deliver = onPayload), async () => {}) } as unknown as Database;
    const hub = new EventHub();
    await hub.start(database);
    return { hub, deliver: (batch: EventBatch) => deliver(JSON.stringify(batch)) };
  }

  it('hands every event of a batch to its subscribers, and reports a gap in a sender numbering as a lost batch', async () => {
    const { hub, deliver } = await hubWithFakeListener();
    const got: DomainEvent[] = [];
    let lost = 0;
    hub.onAssessment('assessment-1', (e) => got.push(e));
    hub.onBatchLost(() => lost++);
    deliver({ from: 'a', n: 1, events: [saved(1), saved(2)] });
    deliver({ from: 'b', n: 7, events: [saved(3)] });
    deliver({ from: 'a', n: 2, events: [saved(4)] });
    expect(lost).toBe(0);
    deliver({ from: 'a', n: 4, events: [saved(5)] });
    expect(lost).toBe(1);
    expect(got).toEqual([saved(1), saved(2), saved(3), saved(4), saved(5)]);
  });
});
