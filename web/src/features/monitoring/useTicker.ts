import { useEffect, useState } from 'react';

/** `performance.now()`, re-read every `intervalMs`: one timer drives every countdown on the page. */
export function useTicker(intervalMs = 1_000): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
