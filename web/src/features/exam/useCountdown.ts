import { useEffect, useRef, useState } from 'react';
import type { ExamClock } from './examClock';

const TICK_MS = 250;

/** The time left, re-rendering only when the shown second changes. */
export function useRemainingMs(clock: ExamClock): number | null {
  const [remaining, setRemaining] = useState(() => clock.remainingMs());
  useEffect(() => {
    const tick = () => {
      const next = clock.remainingMs();
      setRemaining((previous) => (previous !== null && next !== null && Math.ceil(previous / 1000) === Math.ceil(next / 1000) ? previous : next));
    };
    tick();
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, [clock]);
  return remaining;
}

/** Calls `onTimeUp` when the clock reaches zero (and again on later ticks; the caller ignores repeats). */
export function useTimeUp(clock: ExamClock, active: boolean, onTimeUp: () => void): void {
  const onTimeUpRef = useRef(onTimeUp);
  onTimeUpRef.current = onTimeUp;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (clock.remainingMs() === 0) onTimeUpRef.current();
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [clock, active]);
}
