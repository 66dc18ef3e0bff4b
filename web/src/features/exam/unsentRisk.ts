import type { OutboxSnapshot } from './autosave/outbox';

/** Answers waiting this long without reaching the server mean it is unreachable, even when the browser says online. */
export const UNREACHABLE_AFTER_MS = 10_000;

/**
 * How many answers to warn about losing: answers are waiting, the network is down (or the server
 * has not taken them for `UNREACHABLE_AFTER_MS`), and the time is short (a time warning shows).
 * Answers still on this device when the time is up are never scored. 0 means no warning.
 */
export function unsentAtRisk(snapshot: Pick<OutboxSnapshot, 'waiting' | 'offline'>, waitingTooLong: boolean, timeShort: boolean): number {
  if (!timeShort || snapshot.waiting === 0) return 0;
  return snapshot.offline || waitingTooLong ? snapshot.waiting : 0;
}
