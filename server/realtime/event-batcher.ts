import { randomUUID } from 'node:crypto';
import type { BatchQueue, DomainEvent, EventBatch } from './domain-events.js';

/** How long an event waits for others before its batch is sent: the latency a dashboard sees added. */
export const BATCH_INTERVAL_MS = 100;
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; a batch stays below this, with room for its header. */
export const MAX_BATCH_BYTES = 7_900;

/**
 * Collects one instance's batched events (answer saved, page changed, heartbeat) and sends them at
 * most every {@link BATCH_INTERVAL_MS}: all that arrived meanwhile, split into payloads below
 * {@link MAX_BATCH_BYTES}, all payloads of one flush in one statement. Flushes never overlap, so
 * batches leave in order; each carries this instance's id and its number (1, 2, 3 …). A batch that
 * could not be sent keeps its number, so receivers see the gap and resynchronise.
 */
export class EventBatcher implements BatchQueue {
  readonly instance = randomUUID();
  private pending: string[] = [];
  private timer?: NodeJS.Timeout;
  private sending?: Promise<void>;
  private numbered = 0;

  /** `send`: NOTIFY each payload, in order, in one statement; `onSendFailed`: for the log. */
  constructor(
    private readonly send: (payloads: string[]) => Promise<void>,
    private readonly onSendFailed: (err: unknown) => void = () => {},
    private readonly intervalMs = BATCH_INTERVAL_MS,
  ) {}

  enqueue(event: DomainEvent): void {
    this.pending.push(JSON.stringify(event));
    this.timer ??= setTimeout(() => void this.flush(), this.intervalMs);
  }

  /** Sends what is pending now (and what arrives while that is sent); resolves when it is sent or failed. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    // A flush under way sends what arrived meanwhile when it is done.
    if (this.sending) return this.sending;
    this.sending = this.drain();
    try {
      await this.sending;
    } finally {
      this.sending = undefined;
    }
  }

  private async drain() {
    while (this.pending.length) {
      const events = this.pending;
      this.pending = [];
      try {
        await this.send(this.payloads(events));
      } catch (err) {
        this.onSendFailed(err);
      }
    }
  }

  /** The events as NOTIFY payloads (JSON {@link EventBatch}), each below the byte limit, in order. */
  payloads(events: string[]): string[] {
    const out: string[] = [];
    let chunk: string[] = [];
    let bytes = 0;
    const close = () => {
      const n = ++this.numbered;
      out.push(`{"from":"${this.instance}","n":${n},"events":[${chunk.join(',')}]}`);
      chunk = [];
      bytes = 0;
    };
    const header = Buffer.byteLength(`{"from":"${this.instance}","n":${Number.MAX_SAFE_INTEGER},"events":[]}`);
    for (const event of events) {
      const size = Buffer.byteLength(event) + 1;
      if (chunk.length && header + bytes + size > MAX_BATCH_BYTES) close();
      chunk.push(event);
      bytes += size;
    }
    if (chunk.length) close();
    return out;
  }
}

/** True for a payload that is an {@link EventBatch} rather than a single event. */
export const isBatch = (message: DomainEvent | EventBatch): message is EventBatch => 'events' in message;
