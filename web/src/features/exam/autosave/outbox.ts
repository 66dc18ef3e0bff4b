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
  /** Another device of the worker holds the exam now: nothing more is sent from this one. */
  | { kind: 'taken_over' }
  /**
   * No answer, or one worth repeating (5xx, 429, 401 …); `offline` when the network itself failed,
   * `serverError` when the server answered with a 5xx; `retryAfterMs` when it said when to retry.
   */
  | { kind: 'retry'; offline: boolean; serverError?: boolean; retryAfterMs?: number };

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
  /** The last attempt got a 5xx: the server has a problem; the answers wait on this device. */
  serverError: boolean;
  /** Another device took the exam over: this page may change nothing until it takes it back. */
  takenOver: boolean;
  /** Set once the server refused because the exam is over. */
  endedCode: string | null;
}

/** Why the answer shown for a question changed without the worker choosing it. */
export type ServerAnswerSource = 'refused' | 'other_tab';

export interface OutboxOptions {
  store: OutboxStore;
  transport: OutboxTransport;
  timers?: Timers;
  random?: () => number;
  now?: () => Date;
  /**
   * Show this answer: `refused` when the server refused a save as stale and holds another one,
   * `other_tab` when another tab of this browser chose or learned a newer one.
   */
  onServerAnswer?: (questionId: string, optionId: string | null, source: ServerAnswerSource) => void;
  /** A request the server refused as malformed: a bug worth a log line, not a retry. */
  onRejected?: (what: string, reason: string) => void;
}

/**
 * Answer requests one outbox keeps on the way at once. A room of workers coming back after an
 * outage would otherwise send every waiting answer at the same moment (up to one per question);
 * four keep a page's worth moving without that thundering herd (seen in `npm run chaos`).
 */
export const MAX_ANSWERS_IN_FLIGHT = 4;

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The answer outbox. Every change is written to storage first, then sent at once. Per question at
 * most one request is in flight; a newer change replaces a queued older one and goes out when the
 * flight lands, and the server keeps the highest seq, so the order requests arrive in never
 * matters. Page changes travel the same way (newest wins). Failures back off and retry; the
 * `online` event retries at once. Nothing here ever makes the worker wait. Tabs of one browser
 * share the stored copy and catch up with each other from it (see syncFromStorage).
 */
export class AnswerOutbox {
  private readonly seq = new Map<string, number>();
  private readonly pending = new Map<string, AnswerChange>();
  private readonly inFlight = new Set<string>();
  private position: number | null = null;
  private positionInFlight = false;
  private offline = false;
  private serverError = false;
  private takenOver = false;
  private endedCode: string | null = null;
  private stopped = false;
  private attempt = 0;
  private retryTimer: unknown = null;
  private snapshot: OutboxSnapshot = { waiting: 0, sending: false, positionPending: false, offline: false, serverError: false, takenOver: false, endedCode: null };
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

  /**
   * Another tab of this exam wrote the shared copy: adopt what it knows that this tab does not.
   * A newer unconfirmed change there is shown here and sent from here too (the server keeps one
   * per seq, so a duplicate is harmless, and a closed tab's change still goes out); a newer
   * answer the server holds is shown and settles this tab's older change.
   */
  syncFromStorage(): void {
    const stored = this.options.store.read();
    for (const change of Object.values(stored.answers)) {
      const { questionId } = change;
      if (change.seq <= (this.seq.get(questionId) ?? 0)) continue;
      this.seq.set(questionId, change.seq);
      this.pending.set(questionId, change);
      this.options.onServerAnswer?.(questionId, change.optionId, 'other_tab');
    }
    for (const [questionId, held] of Object.entries(stored.held)) {
      const mine = this.pending.get(questionId);
      if (held.seq < (this.seq.get(questionId) ?? 0) || (mine && mine.seq > held.seq)) continue;
      const news = held.seq > (this.seq.get(questionId) ?? 0) || mine !== undefined;
      this.seq.set(questionId, held.seq);
      if (mine) this.pending.delete(questionId);
      if (news) this.options.onServerAnswer?.(questionId, held.optionId, 'other_tab');
    }
    this.flushAll();
    this.publish();
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
        // Taken over: nothing more can be saved from here; the submit that follows says why.
        if (this.endedCode || this.takenOver) return 'ended' as const;
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
    if (!change || this.stopped || this.endedCode || this.takenOver || this.inFlight.has(questionId)) return;
    // The rest wait their turn (see MAX_ANSWERS_IN_FLIGHT); a landing flight sends the next.
    if (this.inFlight.size >= MAX_ANSWERS_IN_FLIGHT) return;
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
        this.recordHeld(questionId, sent);
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
      case 'taken_over':
        this.loseExam();
        break;
      case 'retry':
        this.failed(outcome);
        break;
    }
    if (outcome.kind !== 'retry') this.sendAnswers();
    this.publish();
  }

  /** After a 409 stale: the server's answer is at least as new as the one sent. */
  private adoptServerAnswer(sent: AnswerChange, current: { optionId: string | null; seq: number }): void {
    const { questionId } = sent;
    this.seq.set(questionId, Math.max(this.seq.get(questionId) ?? 0, current.seq));
    this.settleAnswer(questionId, Math.max(sent.seq, current.seq));
    this.recordHeld(questionId, current);
    // Unless this device has a newer change on its way, the server's answer is the truth to show.
    if (!this.pending.has(questionId)) this.options.onServerAnswer?.(questionId, current.optionId, 'refused');
  }

  /** Tells the other tabs what the server now holds for a question. */
  private recordHeld(questionId: string, held: { optionId: string | null; seq: number }): void {
    this.options.store.update((s) => {
      if ((s.held[questionId]?.seq ?? -1) < held.seq) s.held[questionId] = { optionId: held.optionId, seq: held.seq };
    });
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
    if (pageIndex === null || this.stopped || this.endedCode || this.takenOver || this.positionInFlight) return;
    this.positionInFlight = true;
    this.options.transport
      .savePosition(pageIndex)
      .catch((): SendOutcome => ({ kind: 'retry', offline: false }))
      .then((outcome) => this.afterPosition(pageIndex, outcome));
  }

  private afterPosition(sent: number, outcome: SendOutcome): void {
    this.positionInFlight = false;
    if (outcome.kind === 'ended') this.end(outcome.code);
    else if (outcome.kind === 'taken_over') this.loseExam();
    else if (outcome.kind === 'retry') this.failed(outcome);
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
    this.serverError = false;
    this.attempt = 0;
    // The server answers again: whatever waits for a backoff timer can go now.
    if (this.retryTimer !== null) this.retryNow();
  }

  private failed({ offline, serverError, retryAfterMs }: { offline: boolean; serverError?: boolean; retryAfterMs?: number }): void {
    if (offline) this.offline = true;
    if (serverError) this.serverError = true;
    // Requests failing side by side share one retry round, so ten queued answers back off like one.
    if (this.retryTimer !== null || this.stopped || this.endedCode || this.takenOver) return;
    this.attempt += 1;
    this.retryTimer = this.timers.set(
      () => {
        this.retryTimer = null;
        this.flushAll();
      },
      // The server's Retry-After when it gave one (503 unavailable), else the jittered backoff.
      Math.max(retryAfterMs ?? 0, retryDelayMs(this.attempt, this.random)),
    );
  }

  private end(code: string): void {
    this.endedCode = code;
    this.cancelRetry();
  }

  /** Another device holds the exam: stop sending; what waits stays stored for when this one takes it back. */
  private loseExam(): void {
    this.takenOver = true;
    this.cancelRetry();
  }

  private cancelRetry(): void {
    if (this.retryTimer === null) return;
    this.timers.clear(this.retryTimer);
    this.retryTimer = null;
  }

  private flushAll(): void {
    this.sendAnswers();
    this.sendPosition();
  }

  /** Sends waiting answers, oldest question first, up to the in-flight cap. */
  private sendAnswers(): void {
    for (const questionId of this.pending.keys()) {
      if (this.inFlight.size >= MAX_ANSWERS_IN_FLIGHT) return;
      this.sendAnswer(questionId);
    }
  }

  private publish(): void {
    const next: OutboxSnapshot = {
      waiting: this.pending.size,
      sending: this.inFlight.size > 0 || this.positionInFlight,
      positionPending: this.position !== null,
      offline: this.offline,
      serverError: this.serverError,
      takenOver: this.takenOver,
      endedCode: this.endedCode,
    };
    const previous = this.snapshot;
    const same = (Object.keys(next) as (keyof OutboxSnapshot)[]).every((key) => next[key] === previous[key]);
    if (same) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
