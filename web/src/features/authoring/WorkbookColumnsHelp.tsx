import { useTranslation } from 'react-i18next';
import { ColumnsTable } from '../../components/ColumnsTable';

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
        <ColumnsTable
          testId="workbook-columns"
          label={t('authoring.workbook.columnsTitle')}
          headers={[t('authoring.workbook.column'), t('authoring.workbook.required'), t('authoring.workbook.meaning')]}
          columns={COLUMNS.map((c) => ({ name: c.name, required: c.required, description: t(`authoring.workbook.columns.${c.key}`) }))}
        />
      </details>
    </div>
  );
}
