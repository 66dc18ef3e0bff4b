import { useEffect, useState } from 'react';

/** How long a search box that asks the server waits for typing to pause (ms). */
export const SEARCH_DELAY_MS = 250;

/** The value, but only after it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
