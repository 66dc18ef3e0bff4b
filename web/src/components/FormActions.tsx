import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  /** Without it there is no Cancel: a page's form (leaving the page is the way out), or a step that can no longer be called off. */
  onCancel?: () => void;
  /** The main button's text. */
  label: string;
  /** While true the main button is disabled and says `busyLabel` (default: `label`). */
  busy?: boolean;
  busyLabel?: string;
  /** Disabled for another reason than being busy, e.g. nothing changed yet. */
  disabled?: boolean;
  /** `danger` for what cannot be undone (delete, deactivate, end an attempt). */
  tone?: 'primary' | 'danger';
  /** Without it the main button submits the form it stands in. */
  onConfirm?: () => void;
  testId?: string;
}

/** The footer of a dialog or form: Cancel when there is one, then the main action on the right (styles: `.form-actions`). */
export function FormActions({ onCancel, label, busy = false, busyLabel, disabled = false, tone = 'primary', onConfirm, testId }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      {onCancel && (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
      <button
        type={onConfirm ? 'button' : 'submit'}
        className={`button button-${tone}`}
        onClick={onConfirm}
        disabled={busy || disabled}
        data-testid={testId}
      >
        {busy ? (busyLabel ?? label) : label}
      </button>
    </div>
  );
}
