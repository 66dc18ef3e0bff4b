import { retryDelayMs } from './backoff';
import type { AnswerChange, OutboxStore } from './outboxStore';

/** What one request came to, as far as the outbox cares. */
export type SendOutcome =
  | { kind: 'saved' }
  /** The server already holds this seq or a newer one (a replay, or another tab or device). */
  | { kind: 'stale'; current: { optionId: string | null; seq: number } }
  /** The exam no longer takes answers (time_up, exam_closed, already_submitted). */
  | { kind: 'ended'; code: string }
  /** 400/404: a bug, not a network problem. Retrying would fail forever, so the entry is dropped. */
  | { kind: 'rejected'; reason: string }
  /** No answer, or one worth repeating (5xx, 429, 401 …); `offline` when the network itself failed. */
  | { kind: 'retry'; offline: boolean };

export interface OutboxTransport {
  saveAnswer(change: AnswerChange): Promise<SendOutcome>;
  savePosition(pageIndex: number): Promise<SendOutcome>;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface OutboxSnapshot {
  /** Answer changes the server has not confirmed yet (queued or in flight). */
  waiting: number;
  /** A request (answer or page) is on its way. */
  sending: boolean;
  positionPending: boolean;
  /** The last attempt failed for lack of network, or the browser says it is offline. */
  offline: boolean;
  /** Set once the server refused because the exam is over. */
  endedCode: string | null;
}

export interface OutboxOptions {
  store: OutboxStore;
  transport: OutboxTransport;
  timers?: Timers;
  random?: () => number;
  now?: () => Date;
  /** The server holds a newer answer than this device had (another tab or device): show it. */
  onServerAnswer?: (questionId: string, optionId: string | null) => void;
  /** A request the server refused as malformed: a bug worth a log line, not a retry. */
  onRejected?: (what: string, reason: string) => void;
}

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The answer outbox. Every change is written to storage first, then sent at once. Per question at
 * most one request is in flight; a newer change replaces a queued older one and goes out when the
 * flight lands, and the server keeps the highest seq, so the order requests arrive in never
 * matters. Page changes travel the same way (newest wins). Failures back off and retry; the
 * `online` event retries at once. Nothing here ever makes the worker wait.
 */
export class AnswerOutbox {
  private readonly seq = new Map<string, number>();
  private readonly pending = new Map<string, AnswerChange>();
  private readonly inFlight = new Set<string>();
  private position: number | null = null;
  private positionInFlight = false;
  private offline = false;
  private endedCode: string | null = null;
  private stopped = false;
  private attempt = 0;
  private retryTimer: unknown = null;
  private snapshot: OutboxSnapshot = { waiting: 0, sending: false, positionPending: false, offline: false, endedCode: null };
  private readonly listeners = new Set<() => void>();
  private readonly timers: Timers;
  private readonly random: () => number;
  private readonly now: () => Date;

  constructor(private readonly options: OutboxOptions) {
    this.timers = options.timers ?? browserTimers;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Joins what this device kept with the server's view: stored changes newer than the server's
   * seq are replayed (they win by seq), older ones are forgotten. Returns the kept changes and a
   * page change that never reached the server, so the page can show them.
   */
  resume(serverSeq: Record<string, number>): { answers: AnswerChange[]; position: number | null } {
    const stored = this.options.store.read();
    for (const questionId of new Set([...Object.keys(stored.seq), ...Object.keys(serverSeq)])) {
      this.seq.set(questionId, Math.max(stored.seq[questionId] ?? 0, serverSeq[questionId] ?? 0));
    }
    const kept = Object.values(stored.answers).filter((change) => change.seq > (serverSeq[change.questionId] ?? 0));
    for (const change of kept) this.pending.set(change.questionId, change);
    this.position = stored.position;
    this.options.store.update((s) => {
      s.answers = Object.fromEntries(kept.map((change) => [change.questionId, change]));
      for (const [questionId, seq] of this.seq) s.seq[questionId] = Math.max(s.seq[questionId] ?? 0, seq);
    });
    this.flushAll();
    this.publish();
    return { answers: kept, position: this.position };
  }

  /** A new choice (or null to clear): stored before it is sent, then sent at once. */
  record(questionId: string, optionId: string | null): void {
    // Another tab of the same exam may have issued seqs too: never reuse one.
    const storedSeq = this.options.store.read().seq[questionId] ?? 0;
    const seq = Math.max(this.seq.get(questionId) ?? 0, storedSeq) + 1;
    const change: AnswerChange = { questionId, optionId, seq, clientTime: this.now().toISOString() };
    this.seq.set(questionId, seq);
    this.pending.set(questionId, change);
    this.options.store.update((s) => {
      s.seq[questionId] = Math.max(s.seq[questionId] ?? 0, seq);
      s.answers[questionId] = change;
    });
    this.sendAnswer(questionId);
    this.publish();
  }

  /** The page the worker is on; fire and forget, newest wins. */
  moveTo(pageIndex: number): void {
    this.position = pageIndex;
    this.options.store.update((s) => {
      s.position = pageIndex;
    });
    this.sendPosition();
    this.publish();
  }

  /** The browser is back online (or submit wants everything out now): skip the backoff. */
  retryNow(): void {
    this.cancelRetry();
    this.attempt = 0;
    this.flushAll();
  }

  /** The browser reports it went offline: show it before a request has to fail. */
  markOffline(): void {
    this.offline = true;
    this.publish();
  }

  /** Resolves once every answer change is confirmed, or the exam ended, or `signal` aborts. */
  drain(signal?: AbortSignal): Promise<'drained' | 'ended' | 'aborted'> {
    this.retryNow();
    return new Promise((resolve) => {
      const check = () => {
        if (signal?.aborted) return 'aborted' as const;
        if (this.endedCode) return 'ended' as const;
        return this.pending.size === 0 ? ('drained' as const) : null;
      };
      const settled = check();
      if (settled) return resolve(settled);
      const finish = () => {
        const result = check();
        if (!result) return;
        unsubscribe();
        signal?.removeEventListener('abort', finish);
        resolve(result);
      };
      const unsubscribe = this.subscribe(finish);
      signal?.addEventListener('abort', finish);
    });
  }

  /** Stops sending (the page is going away). Stored changes stay for the next visit. */
  stop(): void {
    this.stopped = true;
    this.cancelRetry();
  }

  /** The exam is over and its outcome shown: what is left can never be saved. */
  discard(): void {
    this.stop();
    this.options.store.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): OutboxSnapshot => this.snapshot;

  private sendAnswer(questionId: string): void {
    const change = this.pending.get(questionId);
    if (!change || this.stopped || this.endedCode || this.inFlight.has(questionId)) return;
    this.inFlight.add(questionId);
    this.options.transport
      .saveAnswer(change)
      .catch((): SendOutcome => ({ kind: 'retry', offline: false }))
      .then((outcome) => this.afterAnswer(change, outcome));
  }

  private afterAnswer(sent: AnswerChange, outcome: SendOutcome): void {
    const { questionId } = sent;
    this.inFlight.delete(questionId);
    switch (outcome.kind) {
      case 'saved':
        this.settleAnswer(questionId, sent.seq);
        this.succeeded();
        break;
      case 'stale':
        this.adoptServerAnswer(sent, outcome.current);
        this.succeeded();
        break;
      case 'rejected':
        this.options.onRejected?.(`answer ${questionId} seq ${sent.seq}`, outcome.reason);
        this.settleAnswer(questionId, sent.seq);
        this.succeeded();
        break;
      case 'ended':
        this.end(outcome.code);
        break;
      case 'retry':
        this.failed(outcome.offline);
        break;
    }
    if (outcome.kind !== 'retry') this.sendAnswer(questionId);
    this.publish();
  }

  /** After a 409 stale: the server's answer is at least as new as the one sent. */
  private adoptServerAnswer(sent: AnswerChange, current: { optionId: string | null; seq: number }): void {
    const { questionId } = sent;
    this.seq.set(questionId, Math.max(this.seq.get(questionId) ?? 0, current.seq));
    this.settleAnswer(questionId, Math.max(sent.seq, current.seq));
    // Unless this device has a newer change on its way, the server's answer is the truth to show.
    if (!this.pending.has(questionId)) this.options.onServerAnswer?.(questionId, current.optionId);
  }

  /** Forgets the pending change of a question if the server now holds it or something newer. */
  private settleAnswer(questionId: string, upToSeq: number): void {
    const change = this.pending.get(questionId);
    if (!change || change.seq > upToSeq) return;
    this.pending.delete(questionId);
    this.options.store.update((s) => {
      const stored = s.answers[questionId];
      if (stored && stored.seq <= upToSeq) delete s.answers[questionId];
    });
  }

  private sendPosition(): void {
    const pageIndex = this.position;
    if (pageIndex === null || this.stopped || this.endedCode || this.positionInFlight) return;
    this.positionInFlight = true;
    this.options.transport
      .savePosition(pageIndex)
      .catch((): SendOutcome => ({ kind: 'retry', offline: false }))
      .then((outcome) => this.afterPosition(pageIndex, outcome));
  }

  private afterPosition(sent: number, outcome: SendOutcome): void {
    this.positionInFlight = false;
    if (outcome.kind === 'ended') this.end(outcome.code);
    else if (outcome.kind === 'retry') this.failed(outcome.offline);
    else {
      if (outcome.kind === 'rejected') this.options.onRejected?.(`position ${sent}`, outcome.reason);
      if (this.position === sent) {
        this.position = null;
        this.options.store.update((s) => {
          if (s.position === sent) s.position = null;
        });
      }
      this.succeeded();
      this.sendPosition();
    }
    this.publish();
  }

  private succeeded(): void {
    this.offline = false;
    this.attempt = 0;
    // The server answers again: whatever waits for a backoff timer can go now.
    if (this.retryTimer !== null) this.retryNow();
  }

  private failed(offline: boolean): void {
    if (offline) this.offline = true;
    // Requests failing side by side share one retry round, so ten queued answers back off like one.
    if (this.retryTimer !== null || this.stopped || this.endedCode) return;
    this.attempt += 1;
    this.retryTimer = this.timers.set(() => {
      this.retryTimer = null;
      this.flushAll();
    }, retryDelayMs(this.attempt, this.random));
  }

  private end(code: string): void {
    this.endedCode = code;
    this.cancelRetry();
  }

  private cancelRetry(): void {
    if (this.retryTimer === null) return;
    this.timers.clear(this.retryTimer);
    this.retryTimer = null;
  }

  private flushAll(): void {
    for (const questionId of this.pending.keys()) this.sendAnswer(questionId);
    this.sendPosition();
  }

  private publish(): void {
    const next: OutboxSnapshot = {
      waiting: this.pending.size,
      sending: this.inFlight.size > 0 || this.positionInFlight,
      positionPending: this.position !== null,
      offline: this.offline,
      endedCode: this.endedCode,
    };
    const previous = this.snapshot;
    const same = (Object.keys(next) as (keyof OutboxSnapshot)[]).every((key) => next[key] === previous[key]);
    if (same) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
