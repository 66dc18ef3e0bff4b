import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { importRowErrors, importUsers, type ImportResult, type ImportRowError } from '../../api/users';
import { Alert } from '../../components/Alert';
import { FilePicker } from '../../components/FilePicker';
import { useFileForm } from '../../hooks/useFileForm';
import { errorMessage } from '../../i18n/errorMessage';
import { ImportColumnsHelp } from './ImportColumnsHelp';
import { ImportCreatedTable, ImportErrorsTable } from './ImportReport';

type Outcome =
  | { kind: 'created'; result: ImportResult }
  | { kind: 'rejected'; error: unknown; rows: ImportRowError[] };

/** Upload an .xlsx/.csv of users; shows the created rows, or the row/column report of a rejection. */
export function ImportUsersPanel({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { file, setFile, missing, busy, submit } = useFileForm(async (chosen) => {
    setOutcome(null);
    try {
      setOutcome({ kind: 'created', result: await importUsers(chosen) });
      onImported();
      return true;
    } catch (error) {
      setOutcome({ kind: 'rejected', error, rows: importRowErrors(error instanceof ApiError ? error.body : undefined) });
      return false;
    }
  });

  return (
    <section className="card" aria-labelledby="import-users-title">
      <h2 id="import-users-title">{t('import.title')}</h2>
      <p className="muted">{t('import.intro')}</p>
      <ImportColumnsHelp />
      <form className="import-form" onSubmit={(event) => void submit(event)}>
        <FilePicker
          label={t('import.file')}
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          file={file}
          onChange={setFile}
          error={missing ? t('import.chooseFile') : undefined}
          nameTestId="import-file-name"
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('import.submitting') : t('import.submit')}
        </button>
      </form>
      <div data-testid="import-result">
        {outcome?.kind === 'created' && (
          <>
            <Alert tone="success">{t('import.success', { count: outcome.result.created })}</Alert>
            <ImportCreatedTable rows={outcome.result.rows} />
          </>
        )}
        {outcome?.kind === 'rejected' && (
          <>
            <Alert tone="danger">{outcome.rows.length ? t('import.failed') : errorMessage(t, outcome.error)}</Alert>
            {outcome.rows.length > 0 && <ImportErrorsTable rows={outcome.rows} />}
          </>
        )}
      </div>
    </section>
  );
}
