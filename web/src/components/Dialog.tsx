import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  title: string;
  /** Without it the dialog cannot be dismissed (no close button, Escape ignored): it closes when its owner says. */
  onClose?: () => void;
  children: ReactNode;
  testId?: string;
}

/** A modal built on <dialog>: focus stays inside, Escape closes, the page behind is inert; focus returns to the opener. */
export function Dialog({ title, onClose, children, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useTranslation();

  // Once closed (unmounted), focus goes back to what opened it instead of the page body.
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    return () => {
      const element = opener.current;
      if (element instanceof HTMLElement && element.isConnected) element.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose?.();
      }}
      // Chromium closes a modal <dialog> by itself when Escape is pressed again after refused cancels
      // (its guard against pages that trap Escape; the third press in Chromium 156): count that as a
      // dismissal, or reopen a dialog that may not be dismissed (e.g. submitting as the time runs out).
      onClose={() => {
        if (onClose) onClose();
        else if (ref.current?.isConnected) ref.current.showModal();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        {onClose && (
          <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
