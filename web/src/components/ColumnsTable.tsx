import { useTranslation } from 'react-i18next';

export type ColumnHelp = { name: string; required: boolean; description: string };

/** The table that documents an import file's columns: name, required or optional, meaning. */
export function ColumnsTable({ columns, headers, testId }: { columns: readonly ColumnHelp[]; headers: [string, string, string]; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-compact" data-testid={testId}>
        <thead>
          <tr>
            {headers.map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.name}>
              <td className="cell-mono cell-nowrap">{column.name}</td>
              <td>{column.required ? t('common.required') : t('common.optional')}</td>
              <td>{column.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
