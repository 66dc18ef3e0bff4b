import { useTranslation } from 'react-i18next';
import type { ImportedRow, ImportRowError } from '../../api/users';

/** The rows a successful import created. */
export function ImportCreatedTable({ rows }: { rows: ImportedRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-compact" aria-label={t('import.reportLabel')} data-testid="import-created">
        <thead>
          <tr>
            <th scope="col">{t('import.report.row')}</th>
            <th scope="col">{t('import.report.username')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <td className="cell-number">{row.row}</td>
              <td className="cell-mono">{row.username}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Why a rejected import was rejected, cell by cell. */
export function ImportErrorsTable({ rows }: { rows: ImportRowError[] }) {
  const { t } = useTranslation();
  const dash = t('common.empty');
  return (
    <div className="table-wrap">
      <table className="table table-compact" aria-label={t('import.reportLabel')} data-testid="import-errors">
        <thead>
          <tr>
            <th scope="col">{t('import.report.row')}</th>
            <th scope="col">{t('import.report.column')}</th>
            <th scope="col">{t('import.report.message')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.row}-${row.column ?? ''}-${index}`}>
              <td className="cell-number">{row.row}</td>
              <td className="cell-mono">{row.column || dash}</td>
              <td>{row.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
