import { useTranslation } from 'react-i18next';
import type { ImportQuestionsResponse, WorkbookRowIssue } from '../../api/questionBank';
import { Alert } from '../../components/Alert';
import { DataTable, type Column } from '../../components/DataTable';
import { ImportErrorsTable } from '../users/ImportReport';
import { describeError } from './describeError';

/** Row problems drawn at once; the count says how many more there are. */
const MAX_REPORT_ROWS = 200;

export type ImportOutcome =
  | { kind: 'imported'; result: ImportQuestionsResponse }
  | { kind: 'rows'; rows: WorkbookRowIssue[] }
  | { kind: 'failed'; error: unknown; reason: string | null };

type Skipped = NonNullable<ImportQuestionsResponse['skipped']>[number];

/** GIFT/Aiken questions of kinds Ujian does not have: number in the file, title, why. */
function SkippedQuestions({ skipped }: { skipped: Skipped[] }) {
  const { t } = useTranslation();
  const columns: Column<Skipped>[] = [
    { id: 'question', header: t('authoring.workbook.skippedQuestion'), cell: (item) => item.question },
    { id: 'title', header: t('authoring.workbook.skippedTitle'), cell: (item) => item.title ?? t('common.empty') },
    { id: 'reason', header: t('authoring.workbook.skippedReason'), cell: (item) => item.reason },
  ];
  return (
    <div data-testid="import-skipped">
      <Alert tone="warning">{t('authoring.workbook.skipped', { count: skipped.length })}</Alert>
      <DataTable columns={columns} rows={skipped.slice(0, MAX_REPORT_ROWS)} rowKey={(item) => item.question} label={t('authoring.workbook.skipped', { count: skipped.length })} className="table-compact" />
      {skipped.length > MAX_REPORT_ROWS && <p className="muted note">{t('authoring.workbook.moreIssues', { count: skipped.length - MAX_REPORT_ROWS })}</p>}
    </div>
  );
}

/** What the last import did: the count imported, the row/column report of a rejection, or why the file was refused. */
export function WorkbookImportResult({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'imported') {
    const { created, packagesCreated, skipped = [] } = outcome.result;
    return (
      <>
        <Alert tone="success" testId="import-success">
          {t('authoring.workbook.imported', { count: created })}
          {packagesCreated.length > 0 && ` ${t('authoring.workbook.packagesCreated', { names: packagesCreated.join(', ') })}`}
        </Alert>
        {skipped.length > 0 && <SkippedQuestions skipped={skipped} />}
      </>
    );
  }
  if (outcome.kind === 'rows') {
    const problemRows = new Set(outcome.rows.map((issue) => issue.row)).size;
    return (
      <>
        <Alert tone="danger" testId="import-rejected">
          {t('authoring.workbook.rejected', { count: problemRows })}
        </Alert>
        <ImportErrorsTable rows={outcome.rows.slice(0, MAX_REPORT_ROWS)} />
        {outcome.rows.length > MAX_REPORT_ROWS && (
          <p className="muted note">{t('authoring.workbook.moreIssues', { count: outcome.rows.length - MAX_REPORT_ROWS })}</p>
        )}
      </>
    );
  }
  return (
    <Alert tone="danger" testId="import-rejected">
      {outcome.reason ? t('authoring.workbook.fileRefused', { reason: outcome.reason }) : describeError(t, outcome.error)}
    </Alert>
  );
}
