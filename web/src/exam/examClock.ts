/**
 * The exam countdown. Only the server knows the deadline; each of its answers carries the time
 * left (`remainingMs = deadline - serverNow`). From the moment an answer arrives the clock counts
 * down with a monotonic clock (`performance.now()`), never the device's date: a wrong device clock
 * or a throttled background tab changes nothing, and every later server answer resyncs it.
 */
export class ExamClock {
  private remainingAtSync: number | null = null;
  private syncedAt = 0;
  private frozen = false;

  constructor(private readonly monotonicNow: () => number = () => performance.now()) {}

  /** Adopts the server's time left; null means the session is not running. While HC has the exam paused it stands still. */
  sync(remainingMs: number | null, paused = false): void {
    this.remainingAtSync = remainingMs;
    this.syncedAt = this.monotonicNow();
    this.frozen = paused;
  }

  /** Milliseconds left now, never below zero; null when the session is not running. */
  remainingMs(): number | null {
    if (this.remainingAtSync === null) return null;
    if (this.frozen) return this.remainingAtSync;
    return Math.max(0, this.remainingAtSync - (this.monotonicNow() - this.syncedAt));
  }
}

export type TimeWarning = 'five_minutes' | 'one_minute' | null;

/** The banner to show: from 5 minutes left, and a sharper one from 1 minute left. */
export function timeWarningFor(remainingMs: number | null): TimeWarning {
  if (remainingMs === null) return null;
  if (remainingMs <= 60_000) return 'one_minute';
  if (remainingMs <= 5 * 60_000) return 'five_minutes';
  return null;
}

/** "29:59", or "1:05:00" past an hour. Seconds round up, so "00:00" means the time is really up. */
export function formatRemaining(remainingMs: number): string {
  const totalSeconds = Math.ceil(Math.max(0, remainingMs) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}
