import { useTranslation } from 'react-i18next';
import { listMySessions, type MySession } from '../api/me';
import { Alert } from '../components/Alert';
import { EmptyState } from '../components/EmptyState';
import { LoadingState } from '../components/LoadingState';
import { PageHeader } from '../components/PageHeader';
import { useLoader } from '../hooks/useLoader';
import { errorMessage } from '../i18n/errorMessage';
import { formatDateTime } from '../i18n/format';

function SessionRow({ session }: { session: MySession }) {
  const { t, i18n } = useTranslation();
  return (
    <tr data-testid="my-session">
      <td className="cell-strong">{session.title}</td>
      <td>
        <span className={`status status-${session.status}`}>
          {t(`sessionStatus.${session.status}`, { defaultValue: session.status })}
        </span>
      </td>
      <td>
        {t('myAssessments.window', {
          start: formatDateTime(session.opensAt, i18n.language),
          end: formatDateTime(session.closesAt, i18n.language),
        })}
      </td>
      <td>{t('myAssessments.minutes', { count: session.durationMinutes })}</td>
    </tr>
  );
}

export function MyAssessmentsPage() {
  const { t } = useTranslation();
  const { data: sessions, error, loading, reload } = useLoader(listMySessions, 'my-sessions');

  return (
    <>
      <PageHeader title={t('myAssessments.title')} description={t('myAssessments.intro')} />
      {error ? (
        <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }}>
          {errorMessage(t, error)}
        </Alert>
      ) : loading && !sessions ? (
        <LoadingState />
      ) : !sessions?.length ? (
        <EmptyState testId="my-assessments-empty">{t('myAssessments.empty')}</EmptyState>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('myAssessments.columns.title')}</th>
                  <th scope="col">{t('myAssessments.columns.status')}</th>
                  <th scope="col">{t('myAssessments.columns.window')}</th>
                  <th scope="col">{t('myAssessments.columns.duration')}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((session) => (
                  <SessionRow key={session.id} session={session} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted note">{t('myAssessments.takingSoon')}</p>
        </>
      )}
    </>
  );
}
