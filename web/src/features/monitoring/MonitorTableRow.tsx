import { useTranslation } from 'react-i18next';
import type { SessionAction } from '../../api/monitoring';
import { localeOf } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { isPaused, presenceAt, timeLeftMs, type TrackedRow } from './feedState';
import { formatAgo, formatCountdown } from './formatTime';
import { RowActionMenu } from './RowActionMenu';

interface MonitorTableRowProps {
  row: TrackedRow;
  serverNow: number;
  onAction: (action: SessionAction) => void;
}

function ProgressCell({ row }: { row: TrackedRow }) {
  const { t } = useTranslation();
  const percent = row.questionCount ? Math.round((row.answeredCount / row.questionCount) * 100) : 0;
  return (
    <div className="monitor-progress">
      <div
        className="monitor-progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={row.questionCount}
        aria-valuenow={row.answeredCount}
        aria-valuetext={t('monitoring.progressLabel', { answered: row.answeredCount, total: row.questionCount })}
        aria-label={t('monitoring.columns.progress')}
      >
        <span className="monitor-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="monitor-progress-text" data-testid={`answered-${row.sessionId}`}>
        {row.answeredCount}/{row.questionCount}
      </span>
    </div>
  );
}

function LastSeenCell({ row, serverNow }: { row: TrackedRow; serverNow: number }) {
  const { t, i18n } = useTranslation();
  if (!row.lastSeenAt) return <span className="muted">{t('monitoring.never')}</span>;
  const ago = formatAgo(serverNow - Date.parse(row.lastSeenAt), localeOf(i18n.language)) ?? t('monitoring.justNow');
  return <time dateTime={row.lastSeenAt} title={formatDateTime(row.lastSeenAt, i18n.language)}>{ago}</time>;
}

/** One session: who, where, status and flags, progress, time left (ticking), last seen, actions. */
export function MonitorTableRow({ row, serverNow, onAction }: MonitorTableRowProps) {
  const { t } = useTranslation();
  const presence = presenceAt(row, serverNow);
  const left = timeLeftMs(row, serverNow);
  const flags = row.flags.filter((flag) => flag !== row.status);
  return (
    <tr className="monitor-row" data-testid={`row-${row.sessionId}`} data-status={row.status}>
      <td className="monitor-cell-worker">
        <div className="monitor-worker">
          <span className={`monitor-presence monitor-presence-${presence}`} data-testid={`presence-${row.sessionId}`} data-presence={presence} title={t(`monitoring.presence.${presence}`)}>
            <span className="visually-hidden">{t(`monitoring.presence.${presence}`)}</span>
          </span>
          <div>
            <div className="cell-strong">{row.workerName}</div>
            <div className="cell-sub">{t('monitoring.package', { name: row.packageName })}</div>
          </div>
        </div>
      </td>
      <td className="monitor-cell-unit" data-label={t('monitoring.columns.unit')}>
        {row.unit || t('common.empty')}
      </td>
      <td className="monitor-cell-status">
        <div className="monitor-status-cell">
          <span className={`status status-${row.status}`} data-testid={`status-${row.sessionId}`}>
            {t(`sessionStatus.${row.status}`)}
          </span>
          {flags.map((flag) => (
            <span key={flag} className={`monitor-flag monitor-flag-${flag}`} data-testid={`flag-${flag}-${row.sessionId}`}>
              {t(`monitoring.flags.${flag}`)}
            </span>
          ))}
        </div>
      </td>
      <td className="monitor-cell-progress">
        <ProgressCell row={row} />
      </td>
      <td
        className={isPaused(row) ? 'monitor-time-left monitor-time-left-paused' : 'monitor-time-left'}
        data-label={t('monitoring.columns.timeLeft')}
        data-testid={`time-left-${row.sessionId}`}
      >
        {left === null ? t('common.empty') : formatCountdown(left)}
      </td>
      <td className="cell-nowrap monitor-cell-seen" data-label={t('monitoring.columns.lastSeen')}>
        <LastSeenCell row={row} serverNow={serverNow} />
      </td>
      <td className="cell-actions">
        <RowActionMenu row={row} onChoose={onAction} />
      </td>
    </tr>
  );
}
