import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listMySessions, type MySession } from '../../api/me';
import { LoadedList } from '../../components/LoadedList';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { formatDateTime } from '../../i18n/format';
import { PassedBadge } from '../results/ResultCells';
import { myResultPath } from './paths';
import { finishedAttempts } from './resultView';
import { usePercent } from './usePercent';

async function loadFinished(signal: AbortSignal): Promise<MySession[]> {
  return finishedAttempts(await listMySessions(signal));
}

function ResultRow({ session }: { session: MySession }) {
  const { t, i18n } = useTranslation();
  const dash = t('common.empty');
  const percent = usePercent();
  return (
    <tr data-testid="my-result" data-session-id={session.id}>
      <td className="cell-strong">{session.title}</td>
      <td className="cell-nowrap">{formatDateTime(session.submittedAt, i18n.language) || dash}</td>
      <td className="cell-number cell-strong" data-testid="my-result-row-score">
        {session.score === null ? dash : percent(session.score)}
      </td>
      <td className="cell-number">{percent(session.passScore)}</td>
      <td>
        <PassedBadge passed={session.passed} />
      </td>
      <td className="cell-actions">
        <Link className="button button-secondary button-small" to={myResultPath(session.id)} data-testid="open-my-result">
          {t('myResults.open')}
        </Link>
      </td>
    </tr>
  );
}

/** `/me/results`: every finished attempt of the worker, newest first, each linking to its result. */
export function MyResultsPage() {
  const { t } = useTranslation();
  const { data: sessions, error, loading, reload } = useLoader(loadFinished, 'my-results');
  return (
    <>
      <PageHeader title={t('myResults.title')} description={t('myResults.intro')} />
      <LoadedList items={sessions} loading={loading} error={error} reload={reload} emptyTestId="my-results-empty" empty={t('myResults.empty')}>
        {(sessions) => (
          <div className="table-wrap">
            <table className="table" data-testid="my-results">
              <thead>
                <tr>
                  <th scope="col">{t('myResults.columns.assessment')}</th>
                  <th scope="col">{t('myResults.columns.submittedAt')}</th>
                  <th scope="col" className="cell-number">
                    {t('myResults.columns.score')}
                  </th>
                  <th scope="col" className="cell-number">
                    {t('myResults.columns.passScore')}
                  </th>
                  <th scope="col">{t('myResults.columns.passed')}</th>
                  <th scope="col" className="cell-actions">
                    <span className="visually-hidden">{t('myResults.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((session) => (
                  <ResultRow key={session.id} session={session} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </LoadedList>
    </>
  );
}
