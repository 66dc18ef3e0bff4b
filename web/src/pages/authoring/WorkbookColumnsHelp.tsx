import { useTranslation } from 'react-i18next';

/** The workbook's columns in order, as in the template (QUESTION_COLUMNS on the server). */
const COLUMNS = [
  { name: 'package', key: 'package', required: true },
  { name: 'question', key: 'question', required: true },
  { name: 'option_a … option_h', key: 'options', required: true },
  { name: 'correct', key: 'correct', required: true },
  { name: 'points', key: 'points', required: false },
] as const;

/** The template download and what each column of the question workbook holds. */
export function WorkbookColumnsHelp({ templateUrl }: { templateUrl: string }) {
  const { t } = useTranslation();
  return (
    <div className="import-help">
      <div className="template-links">
        <span className="template-links-label">{t('authoring.workbook.templateLabel')}</span>
        <a href={templateUrl} download data-testid="question-template">
          {t('authoring.workbook.template')}
        </a>
      </div>
      <details className="disclosure">
        <summary>{t('authoring.workbook.columnsTitle')}</summary>
        <div className="table-wrap">
          <table className="table table-compact" data-testid="workbook-columns">
            <thead>
              <tr>
                <th scope="col">{t('authoring.workbook.column')}</th>
                <th scope="col">{t('authoring.workbook.required')}</th>
                <th scope="col">{t('authoring.workbook.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {COLUMNS.map((column) => (
                <tr key={column.key}>
                  <td className="cell-mono cell-nowrap">{column.name}</td>
                  <td>{column.required ? t('common.required') : t('common.optional')}</td>
                  <td>{t(`authoring.workbook.columns.${column.key}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
