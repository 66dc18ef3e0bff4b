import { useEffect, useState } from 'react';

/** True once `condition` has held for `ms` without a break; false again as soon as it stops. */
export function useHeldFor(condition: boolean, ms: number): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!condition) return;
    const timer = setTimeout(() => setHeld(true), ms);
    return () => {
      clearTimeout(timer);
      setHeld(false);
    };
  }, [condition, ms]);
  return condition && held;
}
