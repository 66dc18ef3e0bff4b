import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../api/assessments';
import { ApiError } from '../../api/errors';
import { importRowErrors } from '../../api/users';
import { importQuestions, listPackages, questionExportUrl, questionTemplateUrl, type UploadProgress } from '../../api/questionBank';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/fields';
import { useLoader } from '../../hooks/useLoader';
import { UploadProgressBar } from './UploadProgressBar';
import { WorkbookColumnsHelp } from './WorkbookColumnsHelp';
import { WorkbookImportResult, type ImportOutcome } from './WorkbookImportResult';

/** GIFT (.gift) and Aiken (.txt) files carry no package column: HC names the package they go into. */
const isQuestionText = (fileName: string | null) => fileName !== null && /\.(gift|txt)$/i.test(fileName);

function outcomeOfFailure(error: unknown): ImportOutcome {
  const rows = importRowErrors(error instanceof ApiError ? error.body : undefined);
  if (rows.length) return { kind: 'rows', rows };
  const reason = error instanceof ApiError && error.status === 400 ? (error.issues?.[0]?.message ?? error.message) : null;
  return { kind: 'failed', error, reason };
}

interface WorkbookPanelProps {
  assessment: Assessment;
  onImported: () => void;
}

/** The Excel round trip (template, import with progress and a row-by-row report, export), and GIFT/Aiken import into a named package. */
export function WorkbookPanel({ assessment, onImported }: WorkbookPanelProps) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const { data: packages, reload: reloadPackages } = useLoader((signal) => listPackages(assessment.id, signal), `workbook-packages-${assessment.id}`);
  const [packageName, setPackageName] = useState<string | null>(null);
  const targetPackage = packageName ?? packages?.[0]?.name ?? 'A';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setMissingFile(!file);
    setOutcome(null);
    if (!file) return;
    try {
      const result = await importQuestions(assessment.id, file, setProgress, isQuestionText(file.name) ? targetPackage.trim() || undefined : undefined);
      setOutcome({ kind: 'imported', result });
      if (fileInput.current) fileInput.current.value = '';
      setFileName(null);
      reloadPackages(); // the import may have made a package
      onImported();
    } catch (error) {
      setOutcome(outcomeOfFailure(error));
    } finally {
      setProgress(null);
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="workbook-import-title">
        <h2 id="workbook-import-title">{t('authoring.workbook.importTitle')}</h2>
        <p className="muted">{t('authoring.workbook.importIntro')}</p>
        {assessment.locked && <Alert tone="warning">{t('authoring.conflicts.locked')}</Alert>}
        <WorkbookColumnsHelp templateUrl={questionTemplateUrl(assessment.id)} />
        <form className="import-form" onSubmit={(event) => void handleSubmit(event)}>
          <div className="field">
            <span id="question-file-label" className="field-label">
              {t('authoring.workbook.file')}
            </span>
            <div className="file-picker">
              <input
                id="question-file"
                ref={fileInput}
                className="visually-hidden"
                type="file"
                name="file"
                aria-labelledby="question-file-label"
                accept=".xlsx,.gift,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/plain"
                onChange={(event) => setFileName(event.target.files?.[0]?.name ?? null)}
              />
              <label htmlFor="question-file" className="button button-secondary button-small">
                {t('authoring.workbook.choose')}
              </label>
              <span className={fileName ? 'file-name' : 'file-name muted'}>{fileName ?? t('authoring.workbook.noFile')}</span>
            </div>
          </div>
          {isQuestionText(fileName) && (
            <TextField
              label={t('authoring.workbook.package')}
              hint={t('authoring.workbook.packageHint')}
              value={targetPackage}
              onChange={(event) => setPackageName(event.target.value)}
              list="import-package-names"
              maxLength={40}
              data-testid="import-package"
            />
          )}
          <datalist id="import-package-names">
            {packages?.map((p) => <option key={p.id} value={p.name} />)}
          </datalist>
          <button type="submit" className="button button-primary" disabled={progress !== null || assessment.locked} data-testid="import-questions">
            {t('authoring.workbook.import')}
          </button>
        </form>
        <div data-testid="import-result" aria-live="polite">
          {progress && <UploadProgressBar progress={progress} />}
          {missingFile && <Alert tone="danger">{t('authoring.workbook.chooseFile')}</Alert>}
          {outcome && <WorkbookImportResult outcome={outcome} />}
        </div>
      </section>
      <section className="card export-card" aria-labelledby="workbook-export-title">
        <div>
          <h2 id="workbook-export-title">{t('authoring.workbook.exportTitle')}</h2>
          <p className="muted">{t('authoring.workbook.exportIntro', { count: assessment.questionCount })}</p>
        </div>
        <a className="button button-secondary" href={questionExportUrl(assessment.id)} download data-testid="export-questions">
          {t('authoring.workbook.export')}
        </a>
      </section>
    </>
  );
}
