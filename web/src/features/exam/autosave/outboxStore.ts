/** One change of one question, exactly as it is sent to `PUT /api/sessions/:id/answers/:questionId`. */
export interface AnswerChange {
  questionId: string;
  optionId: string | null;
  seq: number;
  /** The device clock at the change: the server keeps it for the timeline only. */
  clientTime: string;
}

/** What survives a crash or a reload, per exam session. */
export interface StoredOutbox {
  /** The highest seq this device has issued per question, so a reload never reuses one. */
  seq: Record<string, number>;
  /** The newest change per question that the server has not confirmed yet. */
  answers: Record<string, AnswerChange>;
  /** A page change the server has not confirmed yet. */
  position: number | null;
  /**
   * What the server holds per question, as the last tab to hear from it learned (a confirmed save
   * or a stale refusal's current answer): other tabs of this browser catch up from it.
   */
  held: Record<string, { optionId: string | null; seq: number }>;
}

/** The part of the Web Storage API the store needs (localStorage, or a Map-backed fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const emptyOutbox = (): StoredOutbox => ({ seq: {}, answers: {}, position: null, held: {} });

function isStoredOutbox(value: unknown): value is StoredOutbox {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.seq === 'object' && record.seq !== null && typeof record.answers === 'object' && record.answers !== null;
}

/**
 * The outbox's copy in browser storage, one key per session. Every write is a read-modify-write of
 * that key, so a second tab of the same exam adds to it instead of overwriting its entries.
 * Storage can be missing or full (private mode, quota): then the outbox still works from memory,
 * it just cannot survive a reload.
 */
export class OutboxStore {
  /** The storage key; a `storage` event with this key means another tab of the exam changed it. */
  readonly key: string;

  constructor(
    private readonly storage: StorageLike | null,
    sessionId: string,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.key = `ujian.outbox.${sessionId}`;
  }

  read(): StoredOutbox {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return emptyOutbox();
      const parsed: unknown = JSON.parse(raw);
      return isStoredOutbox(parsed) ? { ...emptyOutbox(), ...parsed } : emptyOutbox();
    } catch (error) {
      this.onError(error);
      return emptyOutbox();
    }
  }

  update(change: (stored: StoredOutbox) => void): void {
    if (!this.storage) return;
    const stored = this.read();
    change(stored);
    try {
      this.storage.setItem(this.key, JSON.stringify(stored));
    } catch (error) {
      this.onError(error);
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch (error) {
      this.onError(error);
    }
  }
}

/** localStorage when the browser allows it; some privacy modes throw on mere access. */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
