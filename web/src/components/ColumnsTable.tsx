import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from './DataTable';

export type ColumnHelp = { name: string; required: boolean; description: string };

/** The table that documents an import file's columns: name, required or optional, meaning. `label` names it. */
export function ColumnsTable({ columns, headers, label, testId }: { columns: readonly ColumnHelp[]; headers: [string, string, string]; label: string; testId: string }) {
  const { t } = useTranslation();
  const [name, required, description] = headers;
  const tableColumns: Column<ColumnHelp>[] = [
    { id: 'name', header: name, cellProps: { className: 'cell-mono cell-nowrap' }, cell: (column) => column.name },
    { id: 'required', header: required, cell: (column) => (column.required ? t('common.required') : t('common.optional')) },
    { id: 'description', header: description, cell: (column) => column.description },
  ];
  return <DataTable columns={tableColumns} rows={columns} rowKey={(column) => column.name} label={label} className="table-compact" testId={testId} />;
}
