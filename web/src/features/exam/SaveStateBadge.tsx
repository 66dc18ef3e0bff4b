import { useTranslation } from 'react-i18next';
import type { OutboxSnapshot } from './autosave/outbox';
import { saveStateOf } from './autosave/saveState';

/** "Saved" / "Saving…" / "Offline — N answers waiting" / "Server problem — N answers kept on this device", read out politely when it changes. */
export function SaveStateBadge({ snapshot }: { snapshot: OutboxSnapshot }) {
  const { t } = useTranslation();
  const state = saveStateOf(snapshot);
  const text =
    state.kind === 'offline' || state.kind === 'server_error' ? t(`exam.saveState.${state.kind}`, { count: state.waiting }) : t(`exam.saveState.${state.kind}`);
  return (
    <span className={`save-state save-state-${state.kind}`} role="status" data-testid="save-state" data-state={state.kind}>
      <span className="save-state-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
