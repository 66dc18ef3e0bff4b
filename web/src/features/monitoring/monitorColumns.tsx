import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AssessmentTimeZone } from '@common/schemas/assessments';
import type { MonitorRowView, SessionAction } from '../../api/monitoring';
import type { Column } from '../../components/DataTable';
import { localeOf } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { isPaused, presenceAt, timeLeftMs, type TrackedRow } from './feedState';
import { formatAgo, formatCountdown } from './formatTime';
import { RowActionMenu } from './RowActionMenu';
import type { SortKey } from './rowView';

/** How many questions the worker answered, as a bar and a count. */
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

/** "2 min ago" from the server's clock, the exact time (in the assessment's zone, labelled) on hover. */
function LastSeenCell({ row, serverNow, timeZone }: { row: TrackedRow; serverNow: number; timeZone: AssessmentTimeZone }) {
  const { t, i18n } = useTranslation();
  if (!row.lastSeenAt) return <span className="muted">{t('monitoring.never')}</span>;
  const ago = formatAgo(serverNow - Date.parse(row.lastSeenAt), localeOf(i18n.language)) ?? t('monitoring.justNow');
  return <time dateTime={row.lastSeenAt} title={formatDateTime(row.lastSeenAt, i18n.language, { timeZone, zoneName: true })}>{ago}</time>;
}

/** The worker's name and package, with a dot for whether they are online. */
function WorkerCell({ row, serverNow }: { row: TrackedRow; serverNow: number }) {
  const { t } = useTranslation();
  const presence = presenceAt(row, serverNow);
  return (
    <div className="monitor-worker">
      <span className={`monitor-presence monitor-presence-${presence}`} data-testid={`presence-${row.sessionId}`} data-presence={presence} title={t(`monitoring.presence.${presence}`)}>
        <span className="visually-hidden">{t(`monitoring.presence.${presence}`)}</span>
      </span>
      <div>
        <div className="cell-strong">{row.workerName}</div>
        <div className="cell-sub">{t('monitoring.package', { name: row.packageName })}</div>
      </div>
    </div>
  );
}

/** The session's status and the flags beside it (paused, offline…) that are not the status itself. */
function StatusCell({ row }: { row: TrackedRow }) {
  const { t } = useTranslation();
  return (
    <div className="monitor-status-cell">
      <span className={`status status-${row.status}`} data-testid={`status-${row.sessionId}`}>
        {t(`sessionStatus.${row.status}`)}
      </span>
      {row.flags
        .filter((flag) => flag !== row.status)
        .map((flag) => (
          <span key={flag} className={`monitor-flag monitor-flag-${flag}`} data-testid={`flag-${flag}-${row.sessionId}`}>
            {t(`monitoring.flags.${flag}`)}
          </span>
        ))}
    </div>
  );
}

/**
 * The monitor's columns, one session a row: who (and whether they are there), unit, status and
 * flags, progress, time left (ticking with `serverNow`), last seen (exact time in `timeZone`, the
 * assessment's, on hover), and the HC actions. Only unit,
 * time left and last seen name themselves on the phone cards (monitoring.css).
 */
export function monitorColumns(
  t: TFunction,
  serverNow: number,
  timeZone: AssessmentTimeZone,
  onAction: (row: MonitorRowView, action: SessionAction) => void,
): Column<TrackedRow, SortKey>[] {
  return [
    { id: 'name', header: t('monitoring.columns.name'), sortKey: 'name', stackLabel: false, cellProps: { className: 'monitor-cell-worker' }, cell: (row) => <WorkerCell row={row} serverNow={serverNow} /> },
    { id: 'unit', header: t('monitoring.columns.unit'), sortKey: 'unit', cellProps: { className: 'monitor-cell-unit' }, cell: (row) => row.unit || t('common.empty') },
    { id: 'status', header: t('monitoring.columns.status'), sortKey: 'status', stackLabel: false, cellProps: { className: 'monitor-cell-status' }, cell: (row) => <StatusCell row={row} /> },
    { id: 'progress', header: t('monitoring.columns.progress'), sortKey: 'progress', stackLabel: false, cellProps: { className: 'monitor-cell-progress' }, cell: (row) => <ProgressCell row={row} /> },
    {
      id: 'timeLeft',
      header: t('monitoring.columns.timeLeft'),
      sortKey: 'timeLeft',
      cellProps: (row) => ({ className: isPaused(row) ? 'monitor-time-left monitor-time-left-paused' : 'monitor-time-left', 'data-testid': `time-left-${row.sessionId}` }),
      cell: (row) => {
        const left = timeLeftMs(row, serverNow);
        return left === null ? t('common.empty') : formatCountdown(left);
      },
    },
    { id: 'lastSeen', header: t('monitoring.columns.lastSeen'), sortKey: 'lastSeen', cellProps: { className: 'cell-nowrap monitor-cell-seen' }, cell: (row) => <LastSeenCell row={row} serverNow={serverNow} timeZone={timeZone} /> },
    { id: 'actions', header: t('monitoring.columns.actions'), kind: 'actions', stackLabel: false, cell: (row) => <RowActionMenu row={row} onChoose={(action) => onAction(row, action)} /> },
  ];
}
