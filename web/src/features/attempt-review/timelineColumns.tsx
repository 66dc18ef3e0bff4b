import type { TimelineEntry, TimelineKind } from '@common/schemas/attempts';
import { TIME_ZONE_LABELS, type AssessmentTimeZone } from '@common/schemas/assessments';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../components/DataTable';
import { formatDateTime } from '../../i18n/format';
import { formatDuration } from '../../i18n/duration';
import { addedMinutes, clockSkewSeconds, snapshotChanges, type SnapshotChange } from './timelineView';

/** One glyph per kind, drawn from fonts every desktop has; the label beside it carries the meaning. */
const ICONS: Record<TimelineKind, string> = { answer: '✎', started: '▶', taken_over: '⇄', page: '☰', heartbeat_gap: '⌛', submitted: '⚑', hc_action: '⚙' };

/**
 * Times on this page: the assessment zone's 24-hour clock with seconds, the day only where asked.
 * Time columns name the zone in their header; times within the details' sentences carry it themselves.
 */
const CLOCK = { date: false, seconds: true } as const;

type HcAction = Extract<TimelineEntry, { kind: 'hc_action' }>;

function titleOf(entry: TimelineEntry, t: TFunction): string {
  switch (entry.kind) {
    case 'answer':
      return entry.applied ? t('attemptReview.kinds.answer') : t('attemptReview.kinds.answerStale');
    case 'started':
      return entry.resumed ? t('attemptReview.kinds.resumed') : t('attemptReview.kinds.started');
    case 'hc_action':
      return t(`attemptReview.actions.${entry.action}`, { defaultValue: entry.action });
    default:
      return t(`attemptReview.kinds.${entry.kind}`);
  }
}

/** "Chrome 131 · Android, perangkat e5f6a7b8". */
const deviceText = (t: TFunction, device: string, browser: string | null) =>
  browser ? t('attemptReview.entry.deviceWithBrowser', { device, browser }) : t('attemptReview.entry.device', { device });

function ChangeLine({ change, zone }: { change: SnapshotChange; zone: AssessmentTimeZone }) {
  const { t, i18n } = useTranslation();
  const show = (value: string | number | null) => {
    if (value === null) return t('common.empty');
    if (change.field === 'status') return t(`sessionStatus.${value}`);
    if (change.field === 'extensionMinutes') return t('attemptReview.entry.minutes', { count: Number(value) });
    return formatDateTime(String(value), i18n.language, { ...CLOCK, timeZone: zone, zoneName: true });
  };
  return <div className="cell-sub">{t('attemptReview.entry.change', { field: t(`attemptReview.fields.${change.field}`), before: show(change.before), after: show(change.after) })}</div>;
}

function HcActionDetail({ entry, zone }: { entry: HcAction; zone: AssessmentTimeZone }) {
  const { t } = useTranslation();
  const minutes = addedMinutes(entry);
  // The extension's minutes are said once, as "+5 menit"; the deadline line shows where it moved.
  const changes = snapshotChanges(entry.before, entry.after).filter((c) => c.field !== 'extensionMinutes');
  return (
    <>
      <div>
        {t('attemptReview.entry.by', { name: entry.actorName ?? t('attemptReview.entry.unknownActor') })}
        {entry.scope !== 'attempt' && <> · {t(`attemptReview.scope.${entry.scope}`, { number: entry.questionNumber ?? '?' })}</>}
        {minutes !== null && <> · {t('attemptReview.entry.added', { count: minutes })}</>}
      </div>
      {changes.map((change) => (
        <ChangeLine key={change.field} change={change} zone={zone} />
      ))}
      <div className={entry.reason ? 'attempt-reason' : 'cell-sub'}>{entry.reason ? t('attemptReview.entry.reason', { reason: entry.reason }) : t('attemptReview.entry.noReason')}</div>
    </>
  );
}

function Detail({ entry, zone }: { entry: TimelineEntry; zone: AssessmentTimeZone }): ReactNode {
  const { t, i18n } = useTranslation();
  switch (entry.kind) {
    case 'answer': {
      const question = entry.questionNumber ?? '?';
      const text = entry.optionId ? t('attemptReview.entry.answer', { number: question, letter: entry.optionLetter ?? '?' }) : t('attemptReview.entry.cleared', { number: question });
      return (
        <>
          <span className="cell-strong">{text}</span> <span className="cell-sub attempt-seq">{t('attemptReview.entry.seq', { seq: entry.seq })}</span>
        </>
      );
    }
    case 'started':
      return deviceText(t, entry.device, entry.browser);
    case 'taken_over':
      return (
        <>
          {t('attemptReview.entry.takenOver', { from: entry.fromDevice ?? t('common.empty'), to: entry.toDevice })}
          {entry.browser && <div className="cell-sub">{entry.browser}</div>}
        </>
      );
    case 'page':
      return t('attemptReview.entry.page', { page: entry.pageIndex + 1 });
    case 'heartbeat_gap': {
      // Recorded when the worker was heard from again: the silence began gapSeconds earlier.
      const since = new Date(Date.parse(entry.at) - entry.gapSeconds * 1000).toISOString();
      return t('attemptReview.entry.gap', { duration: formatDuration(entry.gapSeconds, t), since: formatDateTime(since, i18n.language, { ...CLOCK, timeZone: zone, zoneName: true }) });
    }
    case 'submitted':
      return entry.status === 'abandoned' ? t('attemptReview.entry.abandoned') : t(`attemptReview.submitKind.${entry.submitKind}`);
    case 'hc_action':
      return <HcActionDetail entry={entry} zone={zone} />;
  }
}

/** The device's clock beside the server's, for saves: how far off it was, or that it sent none. */
function DeviceClock({ entry, zone }: { entry: TimelineEntry; zone: AssessmentTimeZone }) {
  const { t, i18n } = useTranslation();
  if (entry.kind !== 'answer') return null;
  const skew = clockSkewSeconds(entry);
  if (skew === null || !entry.clientTime) return <span className="muted">{t('attemptReview.entry.noDeviceClock')}</span>;
  const off = skew === 0 ? t('attemptReview.entry.clockSame') : t(skew > 0 ? 'attemptReview.entry.clockAhead' : 'attemptReview.entry.clockBehind', { duration: formatDuration(skew, t) });
  return (
    <>
      <span className="cell-mono">{formatDateTime(entry.clientTime, i18n.language, { ...CLOCK, timeZone: zone })}</span>
      <div className="cell-sub">{off}</div>
    </>
  );
}

/** The kind of event, with its icon, and for saves whether the save was kept or came too late. */
function KindCell({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`attempt-icon attempt-icon-${entry.kind}`} aria-hidden="true">
        {ICONS[entry.kind]}
      </span>
      <span className="attempt-kind">{titleOf(entry, t)}</span>
      {entry.kind === 'answer' && (
        <div>
          <span className={entry.applied ? 'attempt-tag attempt-tag-applied' : 'attempt-tag attempt-tag-stale'}>{entry.applied ? t('attemptReview.entry.applied') : t('attemptReview.entry.stale')}</span>
        </div>
      )}
    </>
  );
}

/** The timeline's columns, one event a row: server time (with the day when `withDate`), what happened, its details, the device's clock. */
export function timelineColumns(t: TFunction, language: string, zone: AssessmentTimeZone, withDate: boolean): Column<TimelineEntry>[] {
  return [
    {
      id: 'at',
      header: t('attemptReview.timeline.serverTime', { zone: TIME_ZONE_LABELS[zone] }),
      cellProps: { className: 'cell-nowrap cell-mono' },
      cell: (entry) => formatDateTime(entry.at, language, { ...CLOCK, timeZone: zone, date: withDate }),
    },
    { id: 'event', header: t('attemptReview.timeline.event'), cellProps: { className: 'cell-nowrap' }, cell: (entry) => <KindCell entry={entry} /> },
    { id: 'detail', header: t('attemptReview.timeline.detail'), cell: (entry) => <Detail entry={entry} zone={zone} /> },
    { id: 'device', header: t('attemptReview.timeline.deviceTime', { zone: TIME_ZONE_LABELS[zone] }), cellProps: { className: 'cell-nowrap' }, cell: (entry) => <DeviceClock entry={entry} zone={zone} /> },
  ];
}
