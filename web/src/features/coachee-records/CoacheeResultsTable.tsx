import type { CoacheeResultRow } from '@common/schemas/records';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../components/DataTable';
import { formatDateTime } from '../../i18n/format';
import { useScoreColumns } from '../my-results/useScoreColumns';
import { attemptLabels, type AttemptLabel } from './coacheeRecordsView';

function AttemptNote({ label }: { label: AttemptLabel }) {
  const { t } = useTranslation();
  if (!label) return null;
  return (
    <div className="cell-sub" data-testid="coachee-attempt">
      {t(label.replaced ? 'coacheeRecords.attemptReplaced' : 'coacheeRecords.attempt', { attempt: label.attempt })}
    </div>
  );
}

/** Every attempt of the coachee: assessment, status, when it ended, score against the pass mark, passed. */
export function CoacheeResultsTable({ rows }: { rows: readonly CoacheeResultRow[] }) {
  const { t, i18n } = useTranslation();
  const labels = attemptLabels(rows);
  const scoreColumns = useScoreColumns<CoacheeResultRow>('coachee-result-score');
  const dash = t('common.empty');
  const columns: Column<CoacheeResultRow>[] = [
    {
      id: 'assessment',
      header: t('coacheeRecords.columns.assessment'),
      cellProps: { className: 'cell-primary' },
      cell: (row, index) => (
        <>
          <div className="cell-strong">{row.assessmentTitle}</div>
          <AttemptNote label={labels[index]!} />
        </>
      ),
    },
    { id: 'status', header: t('coacheeRecords.columns.status'), cell: (row) => <span className={`status status-${row.status}`}>{t(`sessionStatus.${row.status}`)}</span> },
    { id: 'submittedAt', header: t('coacheeRecords.columns.submittedAt'), cellProps: { className: 'cell-nowrap' }, cell: (row) => formatDateTime(row.submittedAt, i18n.language, { timeZone: row.assessmentTimeZone, zoneName: true }) || dash },
    ...scoreColumns,
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.sessionId}
      rowProps={(row) => ({ className: row.replaced ? 'row-muted' : undefined, 'data-testid': 'coachee-result', 'data-session-id': row.sessionId })}
      label={t('coacheeRecords.resultsTitle')}
      testId="coachee-results"
    />
  );
}
