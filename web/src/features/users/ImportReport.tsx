import { useTranslation } from 'react-i18next';
import type { ImportedRow, ImportRowError } from '../../api/users';
import { DataTable, type Column } from '../../components/DataTable';

/** The rows a successful import created. */
export function ImportCreatedTable({ rows }: { rows: ImportedRow[] }) {
  const { t } = useTranslation();
  const columns: Column<ImportedRow>[] = [
    { id: 'row', header: t('import.report.row'), kind: 'number', cell: (row) => row.row },
    { id: 'username', header: t('import.report.username'), cellProps: { className: 'cell-mono' }, cell: (row) => row.username },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.row} label={t('import.reportLabel')} className="table-compact" testId="import-created" />;
}

/** Why a rejected import was rejected, cell by cell. */
export function ImportErrorsTable({ rows }: { rows: ImportRowError[] }) {
  const { t } = useTranslation();
  const columns: Column<ImportRowError>[] = [
    { id: 'row', header: t('import.report.row'), kind: 'number', cell: (row) => row.row },
    { id: 'column', header: t('import.report.column'), cellProps: { className: 'cell-mono' }, cell: (row) => row.column || t('common.empty') },
    { id: 'message', header: t('import.report.message'), cell: (row) => row.message },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row, index) => `${row.row}-${row.column ?? ''}-${index}`}
      label={t('import.reportLabel')}
      className="table-compact"
      testId="import-errors"
    />
  );
}
