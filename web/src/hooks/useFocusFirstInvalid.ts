import { useEffect, useRef, useState } from 'react';

/**
 * After a refused submit, takes keyboard focus to the first field marked `aria-invalid`, so a
 * keyboard or screen-reader user lands on what to fix instead of staying on the submit button
 * (WCAG 2.2 3.3.1 Error Identification; the GOV.UK Design System does the same). Put `formRef` on
 * the `<form>` and call `refused()` where the submit handler sets its issues; the focus moves once
 * they are drawn. A refusal that marks no field leaves the focus where it is.
 */
export function useFocusFirstInvalid() {
  const formRef = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  return { formRef, refused: () => setRefusals((count) => count + 1) };
}
