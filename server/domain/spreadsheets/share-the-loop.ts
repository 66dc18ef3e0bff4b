import { setImmediate as nextTurn } from 'node:timers/promises';

/** Rows handled between two turns of the event loop: a few milliseconds of work at most. */
const ROWS_PER_TURN = 200;

/**
 * Call with each row's index (0-based) in a long synchronous-looking loop: every ROWS_PER_TURN
 * rows it lets the event loop serve other requests (answer saves, logins) before going on.
 */
export async function shareTheLoop(index: number): Promise<void> {
  if (index % ROWS_PER_TURN === ROWS_PER_TURN - 1) await nextTurn();
}
