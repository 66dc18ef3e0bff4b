import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAssessment } from '../../api/assessments';
import { Alert } from '../../components/Alert';
import { LoadingState } from '../../components/LoadingState';
import { useLoader } from '../../hooks/useLoader';
import { localeOf } from '../../i18n';
import { errorMessage } from '../../i18n/errorMessage';
import type { ControlTarget } from './controlActions';
import { ControlDialog, type Notice } from './ControlDialog';
import { serverTimeAt } from './feedState';
import { MonitorTable } from './MonitorTable';
import { MonitorToolbar } from './MonitorToolbar';
import { RoomHeader } from './RoomHeader';
import { NO_FILTERS, visibleRows, type SortOrder } from './rowView';
import { StatusCounts } from './StatusCounts';
import { useMonitorFeed } from './useMonitorFeed';
import { useTicker } from './useTicker';

/** One assessment's exam room, live: counts, the filterable table, and the HC actions. */
export function MonitorRoom({ assessmentId }: { assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const { state, connection, failure, refresh } = useMonitorFeed(assessmentId);
  const details = useLoader((signal) => getAssessment(assessmentId, signal), assessmentId);
  const perfNow = useTicker();
  const [filters, setFilters] = useState(NO_FILTERS);
  const [sort, setSort] = useState<SortOrder>({ key: 'name', direction: 'asc' });
  const [target, setTarget] = useState<ControlTarget | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  function finish(done: Notice) {
    setTarget(null);
    setNotice(done);
    refresh();
    if (done.scope === 'assessment') details.reload();
  }

  const header = (
    <RoomHeader
      title={state?.assessment.title ?? details.data?.title ?? t('monitoring.title')}
      assessment={details.data}
      questionCount={state?.assessment.questionCount}
      liveSessions={state ? state.counts.not_started + state.counts.in_progress : undefined}
      connection={connection}
      onAction={(action) => setTarget({ scope: 'assessment', action, assessmentId, title: state?.assessment.title ?? details.data?.title ?? '' })}
    />
  );
  const fallbackAlert = connection === 'fallback' && <Alert tone="warning">{t('monitoring.connection.fallbackHint')}</Alert>;
  const failureAlert = failure ? (
    <Alert tone="danger" testId="monitor-failure" action={{ label: t('common.retry'), onClick: refresh }}>
      {errorMessage(t, failure)}
    </Alert>
  ) : null;

  if (!state) {
    return (
      <>
        {header}
        {failureAlert ?? <LoadingState />}
      </>
    );
  }

  const serverNow = serverTimeAt(state.clock, perfNow);
  const rows = visibleRows(state.rows, filters, sort, serverNow, localeOf(i18n.language));
  return (
    <>
      {header}
      {fallbackAlert}
      {failureAlert}
      <StatusCounts counts={state.counts} selected={filters.status} onSelect={(status) => setFilters({ ...filters, status })} />
      {notice && (
        <Alert tone="success" testId="control-notice">
          {t(notice.key, notice.params)}
        </Alert>
      )}
      <section className="card monitor-card">
        <MonitorToolbar filters={filters} onChange={setFilters} shown={rows.length} total={state.rows.length} />
        <MonitorTable
          rows={rows}
          total={state.rows.length}
          serverNow={serverNow}
          timeZone={state.assessment.timeZone}
          sort={sort}
          onSort={setSort}
          onAction={(row, action) => setTarget({ scope: 'session', action, row })}
          onClearFilters={() => setFilters(NO_FILTERS)}
        />
      </section>
      {target && <ControlDialog target={target} onClose={() => setTarget(null)} onDone={finish} />}
    </>
  );
}
