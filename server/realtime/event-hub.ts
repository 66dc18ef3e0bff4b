import type { Database } from '../db/database.js';
import { EVENTS_CHANNEL, type DomainEvent } from './domain-events.js';

type Listener = (event: DomainEvent) => void;

/**
 * Receives every domain event of every instance (one LISTEN connection per process) and hands each
 * to the in-process subscribers of its session and of its assessment. When the LISTEN connection
 * was lost and is back, events may have been missed: resync subscribers then reload from the database.
 */
export class EventHub {
  private readonly bySession = new Map<string, Set<Listener>>();
  private readonly byAssessment = new Map<string, Set<Listener>>();
  private readonly resyncs = new Set<() => void>();
  private unlisten?: () => Promise<void>;

  async start(database: Database) {
    this.unlisten = await database.listen(
      EVENTS_CHANNEL,
      (payload) => this.dispatch(JSON.parse(payload) as DomainEvent),
      () => this.resync(),
    );
  }

  async stop() {
    await this.unlisten?.();
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
