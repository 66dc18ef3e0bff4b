import { useEffect, useRef } from 'react';

/**
 * A ref whose element takes the focus once, when it first appears: a heading that replaces what had
 * the focus (a finished or paused exam), so keyboard and screen-reader users are not left on the
 * page body. Give the element `tabIndex={-1}` when it is not focusable by itself.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
