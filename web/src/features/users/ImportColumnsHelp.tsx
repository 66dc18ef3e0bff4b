import { USER_IMPORT_COLUMNS, USER_IMPORT_REQUIRED_COLUMNS } from '@common/schemas/users';
import { useTranslation } from 'react-i18next';
import { ColumnsTable } from '../../components/ColumnsTable';
import { IMPORT_TEMPLATE_URLS } from '../../api/users';

/** The file's columns in the template's order, and whether a file must have each (the server's rule). */
const COLUMNS = USER_IMPORT_COLUMNS.map((name) => ({ name, required: USER_IMPORT_REQUIRED_COLUMNS.includes(name) }));

/** The file format: template downloads and what each column means. */
export function ImportColumnsHelp() {
  const { t } = useTranslation();
  return (
    <div className="import-help">
      <div className="template-links">
        <span className="template-links-label">{t('import.templates')}</span>
        <a href={IMPORT_TEMPLATE_URLS.xlsx} download data-testid="template-xlsx">
          {t('import.templateXlsx')}
        </a>
        <a href={IMPORT_TEMPLATE_URLS.csv} download data-testid="template-csv">
          {t('import.templateCsv')}
        </a>
      </div>
      <details className="disclosure" open>
        <summary>{t('import.columnsTitle')}</summary>
        <ColumnsTable
          testId="import-columns"
          label={t('import.columnsTitle')}
          headers={[t('import.columnHeader'), t('import.requiredHeader'), t('import.descriptionHeader')]}
          columns={COLUMNS.map((c) => ({ ...c, description: t(`import.columns.${c.name}`) }))}
        />
      </details>
    </div>
  );
}
