import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listMySessions, type MySession } from '../../api/me';
import { DataTable, type Column } from '../../components/DataTable';
import { LoadedList } from '../../components/LoadedList';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { windowTimes } from '../../i18n/format';
import { takeExamPath } from '../exam/paths';
import { mySessionAction, type MySessionAction } from './mySessionAction';
import { StartExamDialog } from '../exam/StartExamDialog';

/** Read after a row's action ("Mulai", "Lanjutkan" …) by screen readers, so each names its assessment when tabbed to. */
function ForAssessment({ title }: { title: string }) {
  return <span className="visually-hidden"> {title}</span>;
}

/** Start (after a confirmation), resume with the time left, see the result of an ended session, or nothing: closed. */
function SessionAction({ session, action, onStart }: { session: MySession; action: MySessionAction; onStart(session: MySession): void }) {
  const { t } = useTranslation();
  if (action === 'closed') {
    return (
      <span className="cell-sub" data-testid="session-closed">
        {t('myAssessments.closed')}
      </span>
    );
  }
  if (action === 'start') {
    return (
      <button type="button" className="button button-primary button-small" onClick={() => onStart(session)} data-testid="start-session">
        {t('myAssessments.start')}
        <ForAssessment title={session.title} />
      </button>
    );
  }
  if (action === 'resume') {
    return (
      <div className="session-action">
        <Link className="button button-primary button-small" to={takeExamPath(session.id)} data-testid="resume-session">
          {t('myAssessments.resume')}
          <ForAssessment title={session.title} />
        </Link>
        {session.remainingMs !== null && (
          <span className="cell-sub" data-testid="session-remaining">
            {t('myAssessments.remaining', { count: Math.ceil(session.remainingMs / 60_000) })}
          </span>
        )}
      </div>
    );
  }
  return (
    <Link className="button button-secondary button-small" to={takeExamPath(session.id)} data-testid="view-result">
      {t('myAssessments.viewResult')}
      <ForAssessment title={session.title} />
    </Link>
  );
}

/** A window that ended unstarted is as closed as one HC closed. */
const shownStatus = (session: MySession, action: MySessionAction) => (action === 'closed' ? 'closed' : session.status);

/** The worker's sessions: title, status, window, duration, and what they can do now. */
function SessionsTable({ sessions, onStart }: { sessions: MySession[]; onStart(session: MySession): void }) {
  const { t, i18n } = useTranslation();
  const now = Date.now();
  const actionOf = (session: MySession) => mySessionAction(session, now);
  const columns: Column<MySession>[] = [
    { id: 'title', header: t('myAssessments.columns.title'), cellProps: { className: 'cell-strong cell-primary' }, cell: (session) => session.title },
    {
      id: 'status',
      header: t('myAssessments.columns.status'),
      cell: (session) => {
        const status = shownStatus(session, actionOf(session));
        return (
          <span className={`status status-${status}`} data-testid="session-status">
            {t(`sessionStatus.${status}`, { defaultValue: status })}
          </span>
        );
      },
    },
    {
      id: 'window',
      header: t('myAssessments.columns.window'),
      cell: (session) => t('myAssessments.window', windowTimes(session, i18n.language)),
    },
    { id: 'duration', header: t('myAssessments.columns.duration'), cell: (session) => t('myAssessments.minutes', { count: session.durationMinutes }) },
    { id: 'actions', header: t('myAssessments.columns.actions'), kind: 'actions', cellProps: { className: 'cell-stack-actions' }, cell: (session) => <SessionAction session={session} action={actionOf(session)} onStart={onStart} /> },
  ];
  return (
    <DataTable
      columns={columns}
      rows={sessions}
      rowKey={(session) => session.id}
      rowProps={(session) => ({ 'data-testid': 'my-session', 'data-session-id': session.id, 'data-action': actionOf(session) })}
      label={t('myAssessments.title')}
    />
  );
}

export function MyAssessmentsPage() {
  const { t } = useTranslation();
  const { data: sessions, error, loading, reload } = useLoader(listMySessions, 'my-sessions');
  const [starting, setStarting] = useState<MySession | null>(null);

  return (
    <>
      <PageHeader title={t('myAssessments.title')} description={t('myAssessments.intro')} />
      <LoadedList items={sessions} loading={loading} error={error} reload={reload} emptyTestId="my-assessments-empty" empty={t('myAssessments.empty')}>
        {(sessions) => <SessionsTable sessions={sessions} onStart={setStarting} />}
      </LoadedList>
      {starting && <StartExamDialog session={starting} onClose={() => setStarting(null)} />}
    </>
  );
}
