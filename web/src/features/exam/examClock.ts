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

/** `low`: a tenth of the time is left; `final`: the last minute (the last half on a one-minute exam). */
export type TimeWarningLevel = 'low' | 'final';

export interface TimeWarning {
  level: TimeWarningLevel;
  /** The threshold just passed, in ms: what the banner says ("less than N minutes left"). */
  thresholdMs: number;
}

const MINUTE_MS = 60_000;
const SECOND_MS = 1_000;

/**
 * The warning to show with `remainingMs` of `durationMs` left (both ms), or null. The thresholds are
 * relative to the exam's length, so no warning ever greets the worker at the start:
 * `final` from one minute left, but never before half the time has passed (a one-minute exam warns
 * at 30 s); `low` from a tenth of the duration (in whole minutes) when that comes before `final`
 * (a 30-minute exam warns at 3 minutes, a 2-minute exam only at 1 minute).
 */
export function timeWarningFor(durationMs: number, remainingMs: number | null): TimeWarning | null {
  if (remainingMs === null || durationMs <= 0) return null;
  const finalMs = Math.min(MINUTE_MS, Math.floor(durationMs / 2 / SECOND_MS) * SECOND_MS);
  const lowMs = Math.floor(durationMs / 10 / MINUTE_MS) * MINUTE_MS;
  if (remainingMs <= finalMs) return { level: 'final', thresholdMs: finalMs };
  if (lowMs > finalMs && remainingMs <= lowMs) return { level: 'low', thresholdMs: lowMs };
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

/**
 * The minute mark the countdown reads out to screen readers with `remainingMs` left (ms): the next
 * ten minutes up ("less than 20 minutes"), then 5 in the last five. Its live region changes only
 * when the mark does, so it speaks every ten minutes and not every second; the time warnings
 * (ExamAlerts) speak from their thresholds on.
 */
export function announcedMinuteMark(remainingMs: number): number {
  const minutes = Math.max(1, Math.ceil(remainingMs / MINUTE_MS));
  return minutes <= 5 ? 5 : Math.ceil(minutes / 10) * 10;
}
