import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listMySessions, type MySession } from '../../api/me';
import { DataTable, type Column } from '../../components/DataTable';
import { LoadedList } from '../../components/LoadedList';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { formatDateTime } from '../../i18n/format';
import { myResultPath } from './paths';
import { finishedAttempts } from './resultView';
import { useScoreColumns } from './useScoreColumns';

async function loadFinished(signal: AbortSignal): Promise<MySession[]> {
  return finishedAttempts(await listMySessions(signal));
}

/** Assessment, when it was submitted, score against the pass mark, passed, and a link to the result. */
function ResultsTable({ sessions }: { sessions: MySession[] }) {
  const { t, i18n } = useTranslation();
  const dash = t('common.empty');
  const scoreColumns = useScoreColumns<MySession>('my-result-row-score');
  const columns: Column<MySession>[] = [
    { id: 'assessment', header: t('myResults.columns.assessment'), cellProps: { className: 'cell-strong cell-primary' }, cell: (session) => session.title },
    { id: 'submittedAt', header: t('myResults.columns.submittedAt'), cellProps: { className: 'cell-nowrap' }, cell: (session) => formatDateTime(session.submittedAt, i18n.language, { timeZone: session.timeZone, zoneName: true }) || dash },
    ...scoreColumns,
    {
      id: 'actions',
      header: t('myResults.columns.actions'),
      hideHeader: true,
      kind: 'actions',
      cellProps: { className: 'cell-stack-actions' },
      cell: (session) => (
        <Link className="button button-secondary button-small" to={myResultPath(session.id)} data-testid="open-my-result">
          {t('myResults.open')}
        </Link>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={sessions}
      rowKey={(session) => session.id}
      rowProps={(session) => ({ 'data-testid': 'my-result', 'data-session-id': session.id })}
      label={t('myResults.title')}
      testId="my-results"
    />
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
        {(sessions) => <ResultsTable sessions={sessions} />}
      </LoadedList>
    </>
  );
}
