import { useState } from 'react';
import { Alert } from './Alert';
import { Dialog } from './Dialog';
import { FormActions } from './FormActions';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** Throws when refused; the dialog then stays open and shows `describe(error)`. */
  onConfirm: () => Promise<void>;
  describe: (error: unknown) => string;
  onClose: () => void;
}

/** "Are you sure?" for destructive actions; a refusal (e.g. 409 in use) is shown inside the dialog. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, describe, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (cause) {
      setError(describe(cause));
      setBusy(false);
    }
  }

  return (
    <Dialog title={title} onClose={onClose} testId="confirm-dialog">
      <div className="form">
        <p>{message}</p>
        {error && (
          <Alert tone="danger" testId="confirm-error">
            {error}
          </Alert>
        )}
        <FormActions onCancel={onClose} label={confirmLabel} busy={busy} tone="danger" onConfirm={() => void confirm()} testId="confirm-action" />
      </div>
    </Dialog>
  );
}
