import { getMonitorSnapshot, monitorEventsUrl, type MonitorSnapshot } from '../../api/monitoring';
import type { FeedEvent } from './feedState';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'fallback';

export interface FeedListener {
  event(event: FeedEvent): void;
  connection(connection: Connection): void;
  /** A failed snapshot fetch (fallback mode), or null once data flows again. */
  failure(error: unknown): void;
}

/** The part of EventSource used here, so tests can hand in a fake. */
export interface StreamSource {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

export interface ConnectionDeps {
  openStream(url: string): StreamSource;
  fetchSnapshot(assessmentId: string, signal: AbortSignal): Promise<MonitorSnapshot>;
  now(): number;
}

export const FALLBACK_INTERVAL_MS = 15_000;
/** EventSource retries by itself; after this many errors in a row without a snapshot, poll instead. */
export const ERRORS_BEFORE_FALLBACK = 3;
const EVENT_SOURCE_CLOSED = 2;

const browserDeps: ConnectionDeps = {
  openStream: (url) => new EventSource(url) as StreamSource,
  fetchSnapshot: getMonitorSnapshot,
  now: () => performance.now(),
};

/**
 * Keeps one exam room's data flowing: the event stream while it holds (EventSource reconnects on
 * its own and the server starts every connection with a fresh snapshot); when it keeps failing or
 * is refused, a snapshot every 15 s, and a new try of the stream at the same pace until it works.
 */
export class MonitorConnection {
  private source: StreamSource | null = null;
  private errors = 0;
  /** The stream delivered its snapshot and has not failed since: fetched snapshots would only be older. */
  private live = false;
  private pollTimer?: ReturnType<typeof setInterval>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private readonly fetches = new AbortController();

  constructor(
    private readonly assessmentId: string,
    private readonly listener: FeedListener,
    private readonly deps: ConnectionDeps = browserDeps,
  ) {}

  start(): void {
    this.listener.connection('connecting');
    this.openStream();
  }

  stop(): void {
    this.closeStream();
    this.stopFallback();
    this.fetches.abort();
  }

  /** One snapshot now, e.g. right after an HC action; a no-op while the stream holds. */
  refresh(): void {
    void this.fetchSnapshot();
  }

  private openStream(): void {
    const source = this.deps.openStream(monitorEventsUrl(this.assessmentId));
    this.source = source;
    source.addEventListener('snapshot', (message) => {
      this.errors = 0;
      this.live = true;
      this.stopFallback();
      this.listener.connection('live');
      this.listener.failure(null);
      this.listener.event({ type: 'snapshot', data: JSON.parse(message.data), receivedAt: this.deps.now() });
    });
    source.addEventListener('rows', (message) => this.listener.event({ type: 'rows', data: JSON.parse(message.data), receivedAt: this.deps.now() }));
    source.onerror = () => this.handleStreamError(source);
  }

  private handleStreamError(source: StreamSource): void {
    if (source !== this.source) return;
    this.live = false;
    this.errors++;
    const givenUp = source.readyState === EVENT_SOURCE_CLOSED || this.errors >= ERRORS_BEFORE_FALLBACK || this.pollTimer !== undefined;
    if (!givenUp) {
      this.listener.connection('reconnecting');
      return;
    }
    this.closeStream();
    this.startFallback();
  }

  private startFallback(): void {
    this.listener.connection('fallback');
    if (this.pollTimer === undefined) {
      void this.fetchSnapshot();
      this.pollTimer = setInterval(() => void this.fetchSnapshot(), FALLBACK_INTERVAL_MS);
    }
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.openStream(), FALLBACK_INTERVAL_MS);
  }

  private stopFallback(): void {
    clearInterval(this.pollTimer);
    clearTimeout(this.retryTimer);
    this.pollTimer = undefined;
    this.retryTimer = undefined;
  }

  private closeStream(): void {
    this.source?.close();
    this.source = null;
  }

  private async fetchSnapshot(): Promise<void> {
    if (this.live) return;
    try {
      const data = await this.deps.fetchSnapshot(this.assessmentId, this.fetches.signal);
      if (this.live) return;
      this.listener.event({ type: 'snapshot', data, receivedAt: this.deps.now() });
      this.listener.failure(null);
    } catch (error) {
      if (!this.fetches.signal.aborted) this.listener.failure(error);
    }
  }
}
