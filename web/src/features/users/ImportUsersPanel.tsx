import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { importRowErrors, importUsers, type ImportResult, type ImportRowError } from '../../api/users';
import { Alert } from '../../components/Alert';
import { errorMessage } from '../../i18n/errorMessage';
import { ImportColumnsHelp } from './ImportColumnsHelp';
import { ImportCreatedTable, ImportErrorsTable } from './ImportReport';

type Outcome =
  | { kind: 'created'; result: ImportResult }
  | { kind: 'rejected'; error: unknown; rows: ImportRowError[] }
  | { kind: 'no-file' };

/** Upload an .xlsx/.csv of users; shows the created rows, or the row/column report of a rejection. */
export function ImportUsersPanel({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setOutcome({ kind: 'no-file' });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const result = await importUsers(file);
      setOutcome({ kind: 'created', result });
      if (fileInput.current) fileInput.current.value = '';
      setFileName(null);
      onImported();
    } catch (error) {
      setOutcome({ kind: 'rejected', error, rows: importRowErrors(error instanceof ApiError ? error.body : undefined) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="import-users-title">
      <h2 id="import-users-title">{t('import.title')}</h2>
      <p className="muted">{t('import.intro')}</p>
      <ImportColumnsHelp />
      <form className="import-form" onSubmit={(event) => void handleSubmit(event)}>
        <div className="field">
          <span id="import-file-label" className="field-label">
            {t('import.file')}
          </span>
          <div className="file-picker">
            <input
              id="import-file"
              ref={fileInput}
              className="visually-hidden"
              type="file"
              name="file"
              aria-labelledby="import-file-label"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              onChange={(event) => setFileName(event.target.files?.[0]?.name ?? null)}
            />
            <label htmlFor="import-file" className="button button-secondary button-small">
              {t('import.choose')}
            </label>
            <span className={fileName ? 'file-name' : 'file-name muted'} data-testid="import-file-name">
              {fileName ?? t('import.noFile')}
            </span>
          </div>
        </div>
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
        {outcome?.kind === 'no-file' && <Alert tone="danger">{t('import.chooseFile')}</Alert>}
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
