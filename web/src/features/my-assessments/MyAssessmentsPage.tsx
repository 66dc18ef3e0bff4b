import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listMySessions, type MySession } from '../../api/me';
import { LoadedList } from '../../components/LoadedList';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { formatDateTime } from '../../i18n/format';
import { takeExamPath } from '../exam/paths';
import { mySessionAction, type MySessionAction } from './mySessionAction';
import { StartExamDialog } from '../exam/StartExamDialog';

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
      </button>
    );
  }
  if (action === 'resume') {
    return (
      <div className="session-action">
        <Link className="button button-primary button-small" to={takeExamPath(session.id)} data-testid="resume-session">
          {t('myAssessments.resume')}
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
    </Link>
  );
}

function SessionRow({ session, onStart }: { session: MySession; onStart(session: MySession): void }) {
  const { t, i18n } = useTranslation();
  const action = mySessionAction(session, Date.now());
  // A window that ended unstarted is as closed as one HC closed.
  const status = action === 'closed' ? 'closed' : session.status;
  return (
    <tr data-testid="my-session" data-session-id={session.id} data-action={action}>
      <td className="cell-strong">{session.title}</td>
      <td>
        <span className={`status status-${status}`} data-testid="session-status">
          {t(`sessionStatus.${status}`, { defaultValue: status })}
        </span>
      </td>
      <td>
        {t('myAssessments.window', {
          start: formatDateTime(session.opensAt, i18n.language),
          end: formatDateTime(session.closesAt, i18n.language),
        })}
      </td>
      <td>{t('myAssessments.minutes', { count: session.durationMinutes })}</td>
      <td className="cell-actions">
        <SessionAction session={session} action={action} onStart={onStart} />
      </td>
    </tr>
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
        {(sessions) => (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('myAssessments.columns.title')}</th>
                  <th scope="col">{t('myAssessments.columns.status')}</th>
                  <th scope="col">{t('myAssessments.columns.window')}</th>
                  <th scope="col">{t('myAssessments.columns.duration')}</th>
                  <th scope="col" className="cell-actions">
                    {t('myAssessments.columns.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((session) => (
                  <SessionRow key={session.id} session={session} onStart={setStarting} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </LoadedList>
      {starting && <StartExamDialog session={starting} onClose={() => setStarting(null)} />}
    </>
  );
}
