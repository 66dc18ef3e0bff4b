import type { CompetencyRecord } from '@common/schemas/records';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../components/DataTable';
import { formatDateTime } from '../../i18n/format';

/** Competency records: the competency (code and name), when it was achieved, by which assessment. `label` names the table. */
export function CompetencyRecordsTable({ records, label }: { records: readonly CompetencyRecord[]; label: string }) {
  const { t, i18n } = useTranslation();
  const columns: Column<CompetencyRecord>[] = [
    {
      id: 'competency',
      header: t('competencyRecords.columns.competency'),
      cellProps: { className: 'cell-primary' },
      cell: (record) => (
        <>
          <div className="cell-strong">{record.name}</div>
          <div className="cell-sub cell-mono">{record.code}</div>
        </>
      ),
    },
    { id: 'achievedAt', header: t('competencyRecords.columns.achievedAt'), cellProps: { className: 'cell-nowrap' }, cell: (record) => formatDateTime(record.achievedAt, i18n.language, { timeZone: record.assessmentTimeZone, zoneName: true }) },
    { id: 'assessment', header: t('competencyRecords.columns.assessment'), cell: (record) => record.assessmentTitle },
  ];
  return (
    <DataTable
      columns={columns}
      rows={records}
      rowKey={(record) => `${record.competencyId}|${record.assessmentId}`}
      rowProps={() => ({ 'data-testid': 'competency-record' })}
      label={label}
      testId="competency-records"
    />
  );
}
