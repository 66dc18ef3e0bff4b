import { TIME_ZONE_LABELS, type AssessmentTimeZone } from '@common/schemas/assessments';
import type { ResultRow } from '@common/schemas/results';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable';
import { formatDateTime } from '../../i18n/format';
import { AttemptBadge, DurationText, PassedBadge, ScoreCell } from './ResultCells';
import { nextSort, type ResultSort, type ResultSortKey } from './resultsView';

interface ResultsTableProps {
  rows: ResultRow[];
  sort: ResultSort;
  onSort: (sort: ResultSort) => void;
  timeZone: AssessmentTimeZone;
}

/** One row per attempt: worker (linking to the attempt's answer sheet) and package, progress, times, score and outcome. */
export function ResultsTable({ rows, sort, onSort, timeZone }: ResultsTableProps) {
  const { t, i18n } = useTranslation();
  const zone = TIME_ZONE_LABELS[timeZone];
  const columns: Column<ResultRow, ResultSortKey>[] = [
    {
      id: 'worker',
      header: t('results.columns.worker'),
      sortKey: 'worker',
      stackLabel: false,
      cellProps: { className: 'cell-primary' },
      cell: (row) => (
        <>
          <Link className="cell-strong" to={`/hc/attempts/${encodeURIComponent(row.sessionId)}`} data-testid="attempt-link">
            {row.workerName}
          </Link>
          <div className="cell-sub">{t('authoring.packages.name', { name: row.packageName })}</div>
          <AttemptBadge row={row} />
        </>
      ),
    },
    { id: 'unit', header: t('results.columns.unit'), sortKey: 'unit', cell: (row) => row.unit ?? t('common.empty') },
    {
      id: 'status',
      header: t('results.columns.status'),
      sortKey: 'status',
      cell: (row) => (
        <>
          <span className={`status status-${row.status}`}>{t(`sessionStatus.${row.status}`)}</span>
          {row.submitKind && <div className="cell-sub">{t(`results.submitKind.${row.submitKind}`)}</div>}
        </>
      ),
    },
    {
      id: 'answered',
      header: t('results.columns.answered'),
      cellProps: { className: 'cell-nowrap' },
      cell: (row) => t('results.answered', { answered: row.answeredCount, total: row.questionCount }),
    },
    {
      id: 'submitted',
      header: t('results.columns.submitted', { zone }),
      sortKey: 'submitted',
      cell: (row) => (row.submittedAt ? formatDateTime(row.submittedAt, i18n.language, { timeZone }) : t('common.empty')),
    },
    {
      id: 'timeUsed',
      header: t('results.columns.timeUsed'),
      sortKey: 'timeUsed',
      cellProps: { className: 'cell-nowrap cell-number', 'data-testid': 'time-used' },
      cell: (row) => <DurationText ms={row.timeUsedMs} />,
    },
    {
      id: 'score',
      header: t('results.columns.score'),
      sortKey: 'score',
      cellProps: { className: 'cell-nowrap', 'data-testid': 'score' },
      cell: (row) => <ScoreCell row={row} />,
    },
    { id: 'passed', header: t('results.columns.passed'), cell: (row) => <PassedBadge passed={row.passed} /> },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.sessionId}
      rowProps={(row) => ({ className: row.replaced ? 'row-replaced' : undefined, 'data-testid': 'result-row', 'data-session-id': row.sessionId, 'data-replaced': row.replaced })}
      label={t('results.listLabel')}
      className="table-compact results-table"
      testId="results-table"
      sort={{ order: sort, onSort: (key) => onSort(nextSort(sort, key)), testIdPrefix: 'results-sort-' }}
    />
  );
}
