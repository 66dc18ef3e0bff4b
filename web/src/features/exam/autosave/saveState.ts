import type { OutboxSnapshot } from './outbox';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'offline'; waiting: number } | { kind: 'server_error'; waiting: number };

/**
 * The one-line save state the worker sees: saved, saving, offline with N answers waiting, or a
 * server problem with N answers kept on this device.
 */
export function saveStateOf(snapshot: OutboxSnapshot): SaveState {
  if (snapshot.offline && snapshot.waiting > 0) return { kind: 'offline', waiting: snapshot.waiting };
  if (snapshot.serverError && snapshot.waiting > 0) return { kind: 'server_error', waiting: snapshot.waiting };
  // Offline with every answer saved is "saved": only a page change waits, and that is no answer.
  if (snapshot.waiting > 0 || snapshot.sending || (snapshot.positionPending && !snapshot.offline)) return { kind: 'saving' };
  return { kind: 'saved' };
}
