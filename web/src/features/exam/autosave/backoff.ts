const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;

/**
 * How long to wait before retry number `attempt` (1, 2, …): 0.5 s doubling up to 15 s, then jittered
 * to between half and all of that, so a room of workers whose Wi-Fi comes back at the same moment
 * does not hit the server in one wave.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
