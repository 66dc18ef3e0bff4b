import { QUESTION_REQUIRED_COLUMNS } from '@common/schemas/question-bank';
import { useTranslation } from 'react-i18next';
import { ColumnsTable } from '../../components/ColumnsTable';

/**
 * The workbook's columns in the template's order (QUESTION_COLUMNS), the option columns in two
 * groups; a group is required when its first column is (QUESTION_REQUIRED_COLUMNS, the server's rule).
 */
const COLUMNS = (
  [
    { name: 'package', first: 'package', key: 'package' },
    { name: 'question', first: 'question', key: 'question' },
    { name: 'option_a, option_b', first: 'option_a', key: 'options' },
    { name: 'option_c … option_h', first: 'option_c', key: 'moreOptions' },
    { name: 'correct', first: 'correct', key: 'correct' },
    { name: 'points', first: 'points', key: 'points' },
  ] as const
).map(({ first, ...column }) => ({ ...column, required: QUESTION_REQUIRED_COLUMNS.includes(first) }));

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
