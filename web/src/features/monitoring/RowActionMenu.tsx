import { useEffect, useId, useRef, useState, type ToggleEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MonitorRowView, SessionAction } from '../../api/monitoring';
import { attemptPath } from '../attempt-review/paths';
import { actionKey, actionsFor, endsAttempts } from './controlActions';

const GAP_PX = 4;

/** Before it shows: under its button, right edges aligned. */
function placeBelow(menu: HTMLElement, button: HTMLElement) {
  const anchor = button.getBoundingClientRect();
  menu.style.top = `${anchor.bottom + GAP_PX}px`;
  menu.style.right = `${document.documentElement.clientWidth - anchor.right}px`;
}

/** Once it shows (and has a height): above its button when there is no room below. */
function keepInView(menu: HTMLElement, button: HTMLElement) {
  const anchor = button.getBoundingClientRect();
  if (anchor.bottom + GAP_PX + menu.offsetHeight > window.innerHeight) {
    menu.style.top = `${Math.max(GAP_PX, anchor.top - GAP_PX - menu.offsetHeight)}px`;
  }
}

/**
 * The actions that apply to one session, and a link to its answer sheet and timeline, behind one
 * button. Built on the popover attribute: the menu sits in the top layer (never clipped by the
 * scrolling table), Escape and a click outside close it; scrolling closes it too, since it would
 * no longer sit by its button.
 */
export function RowActionMenu({ row, onChoose }: { row: MonitorRowView; onChoose: (action: SessionAction) => void }) {
  const { t } = useTranslation();
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const close = () => menu.current?.hidePopover();
    window.addEventListener('scroll', close, { capture: true, passive: true });
    window.addEventListener('resize', close);
    return () => {
      window.removeEventListener('scroll', close, { capture: true });
      window.removeEventListener('resize', close);
    };
  }, [open]);

  function handleBeforeToggle(event: ToggleEvent<HTMLDivElement>) {
    if (event.newState === 'open' && menu.current && button.current) placeBelow(menu.current, button.current);
  }

  function handleToggle(event: ToggleEvent<HTMLDivElement>) {
    const opened = event.newState === 'open';
    setOpen(opened);
    if (!opened || !menu.current || !button.current) return;
    keepInView(menu.current, button.current);
    menu.current.querySelector('button')?.focus();
  }

  function choose(action: SessionAction) {
    menu.current?.hidePopover();
    onChoose(action);
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button-secondary button-small"
        popoverTarget={menuId}
        aria-label={t('monitoring.rowActionsFor', { name: row.workerName })}
        data-testid={`actions-${row.sessionId}`}
      >
        {t('monitoring.rowActions')}
        <span aria-hidden="true">▾</span>
      </button>
      <div ref={menu} id={menuId} popover="auto" className="monitor-menu" onBeforeToggle={handleBeforeToggle} onToggle={handleToggle} data-testid={`action-menu-${row.sessionId}`}>
        {actionsFor(row).map((action) => (
          <button
            key={action}
            type="button"
            className={endsAttempts({ action }) ? 'monitor-menu-item monitor-menu-item-danger' : 'monitor-menu-item'}
            onClick={() => choose(action)}
            data-testid={`action-${action}-${row.sessionId}`}
          >
            {t(`${actionKey({ scope: 'session', action })}.label`)}
          </button>
        ))}
        <Link className="monitor-menu-item monitor-menu-link" to={attemptPath(row.sessionId)} data-testid={`action-attempt-${row.sessionId}`}>
          {t('attemptReview.open')}
        </Link>
      </div>
    </>
  );
}
