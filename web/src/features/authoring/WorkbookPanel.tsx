import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../api/assessments';
import { ApiError } from '../../api/errors';
import { importRowErrors } from '../../api/users';
import { importQuestions, listPackages, questionExportUrl, questionTemplateUrl, type UploadProgress } from '../../api/questionBank';
import { Alert } from '../../components/Alert';
import { FilePicker } from '../../components/FilePicker';
import { TextField } from '../../components/fields';
import { useFileForm } from '../../hooks/useFileForm';
import { useLoader } from '../../hooks/useLoader';
import { UploadProgressBar } from './UploadProgressBar';
import { WorkbookColumnsHelp } from './WorkbookColumnsHelp';
import { WorkbookImportResult, type ImportOutcome } from './WorkbookImportResult';

/** GIFT (.gift) and Aiken (.txt) files carry no package column: HC names the package they go into. */
const isQuestionText = (file: File | null) => file !== null && /\.(gift|txt)$/i.test(file.name);

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
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const { data: packages, reload: reloadPackages } = useLoader((signal) => listPackages(assessment.id, signal), `workbook-packages-${assessment.id}`);
  const [packageName, setPackageName] = useState<string | null>(null);
  const targetPackage = packageName ?? packages?.[0]?.name ?? 'A';

  const { file, setFile, missing, busy, submit } = useFileForm(async (chosen) => {
    setOutcome(null);
    try {
      const result = await importQuestions(assessment.id, chosen, setProgress, isQuestionText(chosen) ? targetPackage.trim() || undefined : undefined);
      setOutcome({ kind: 'imported', result });
      reloadPackages(); // the import may have made a package
      onImported();
      return true;
    } catch (error) {
      setOutcome(outcomeOfFailure(error));
      return false;
    } finally {
      setProgress(null);
    }
  });

  return (
    <>
      <section className="card" aria-labelledby="workbook-import-title">
        <h2 id="workbook-import-title">{t('authoring.workbook.importTitle')}</h2>
        <p className="muted">{t('authoring.workbook.importIntro')}</p>
        {assessment.locked && <Alert tone="warning">{t('authoring.conflicts.locked')}</Alert>}
        <WorkbookColumnsHelp templateUrl={questionTemplateUrl(assessment.id)} />
        <form className="import-form" onSubmit={(event) => void submit(event)}>
          <FilePicker
            label={t('authoring.workbook.file')}
            accept=".xlsx,.gift,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/plain"
            file={file}
            onChange={setFile}
            error={missing ? t('authoring.workbook.chooseFile') : undefined}
          />
          {isQuestionText(file) && (
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
          <button type="submit" className="button button-primary" disabled={busy || assessment.locked} data-testid="import-questions">
            {t('authoring.workbook.import')}
          </button>
        </form>
        <div data-testid="import-result" aria-live="polite">
          {progress && <UploadProgressBar progress={progress} />}
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
