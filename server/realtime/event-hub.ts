import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { EVENTS_CHANNEL, registerBatchQueue, type DomainEvent, type EventBatch } from './domain-events.js';
import { EventBatcher, isBatch } from './event-batcher.js';

type Listener = (event: DomainEvent) => void;

/**
 * Receives every domain event of every instance (one LISTEN connection per process) and hands each
 * to the in-process subscribers of its session and of its assessment; sends this instance's batched
 * events (see EventBatcher). When the LISTEN connection was lost and is back, events may have been
 * missed: resync subscribers then reload from the database. When a batch of another instance (or
 * this one) is missing from its numbering, batch-lost subscribers reload what batched events move.
 */
export class EventHub {
  private readonly bySession = new Map<string, Set<Listener>>();
  private readonly byAssessment = new Map<string, Set<Listener>>();
  private readonly resyncs = new Set<() => void>();
  private readonly batchLosses = new Set<() => void>();
  /** The last batch number seen from each sending instance. */
  private readonly lastBatch = new Map<string, number>();
  private unlisten?: () => Promise<void>;
  private unregister?: () => void;
  private batcher?: EventBatcher;

  /** `onSendFailed`: a batch of this instance could not be sent (receivers resynchronise; this is for the log). */
  async start(database: Database, onSendFailed?: (err: unknown) => void) {
    const batcher = new EventBatcher(async (payloads) => {
      await database.db.execute(sql`select pg_notify(${EVENTS_CHANNEL}, p) from json_array_elements_text(${JSON.stringify(payloads)}::json) as p`);
    }, onSendFailed);
    this.unlisten = await database.listen(
      EVENTS_CHANNEL,
      (payload) => this.receive(JSON.parse(payload) as DomainEvent | EventBatch),
      () => {
        // Numbering restarts from what arrives next: the loss is already being resynchronised.
        this.lastBatch.clear();
        this.resync();
      },
    );
    this.batcher = batcher;
    this.unregister = registerBatchQueue(database.db, batcher);
  }

  /** Sends what is still queued, then stops listening. */
  async stop() {
    this.unregister?.();
    await this.batcher?.flush();
    await this.unlisten?.();
  }

  private receive(message: DomainEvent | EventBatch) {
    if (!isBatch(message)) return this.dispatch(message);
    const last = this.lastBatch.get(message.from);
    this.lastBatch.set(message.from, Math.max(message.n, last ?? 0));
    for (const event of message.events) this.dispatch(event);
    if (last !== undefined && message.n !== last + 1) for (const listener of [...this.batchLosses]) listener();
  }

  dispatch(event: DomainEvent) {
    for (const listener of this.bySession.get(event.sessionId) ?? []) listener(event);
    for (const listener of this.byAssessment.get(event.assessmentId) ?? []) listener(event);
  }

  onSession(sessionId: string, listener: Listener): () => void {
    return subscribe(this.bySession, sessionId, listener);
  }

  onAssessment(assessmentId: string, listener: Listener): () => void {
    return subscribe(this.byAssessment, assessmentId, listener);
  }

  /** `listener` runs whenever events may have been lost (the LISTEN connection came back); returns an unsubscribe function. */
  onResync(listener: () => void): () => void {
    this.resyncs.add(listener);
    return () => this.resyncs.delete(listener);
  }

  /** `listener` runs when a batch of events (answers, pages, heartbeats) was lost; returns an unsubscribe function. */
  onBatchLost(listener: () => void): () => void {
    this.batchLosses.add(listener);
    return () => this.batchLosses.delete(listener);
  }

  private resync() {
    for (const listener of [...this.resyncs]) listener();
  }
}

function subscribe(map: Map<string, Set<Listener>>, key: string, listener: Listener): () => void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) map.delete(key);
  };
}
