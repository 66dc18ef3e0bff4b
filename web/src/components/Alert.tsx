import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'warning' | 'danger';

interface AlertProps {
  tone?: Tone;
  children: ReactNode;
  action?: { label: string; onClick: () => void };
  testId?: string;
}

/** A message box; errors are announced immediately, other tones politely. */
export function Alert({ tone = 'info', children, action, testId }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'danger' ? 'alert' : 'status'} data-testid={testId}>
      <div className="alert-body">{children}</div>
      {action && (
        <button type="button" className="button button-small button-secondary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
