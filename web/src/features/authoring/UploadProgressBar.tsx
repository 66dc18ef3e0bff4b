import { useTranslation } from 'react-i18next';
import type { UploadProgress } from '../../api/upload';
import { usePercent } from '../../i18n/usePercent';

/** "Uploading… 42%" with a bar while bytes go up, then an indeterminate "Checking…" while the server reads them. */
export function UploadProgressBar({ progress }: { progress: UploadProgress }) {
  const { t } = useTranslation();
  const formatPercent = usePercent({ digits: 0 });
  const percent = progress.phase === 'uploading' && progress.fraction !== null ? Math.round(progress.fraction * 100) : null;
  const label = progress.phase === 'checking' ? t('authoring.workbook.checking') : t('authoring.workbook.uploading');
  return (
    <div className="upload-progress" role="status" data-testid="upload-progress">
      <div className="upload-progress-label">
        <span className="spinner" aria-hidden="true" />
        <span>{label}</span>
        {percent !== null && <span className="upload-progress-percent">{formatPercent(percent)}</span>}
      </div>
      <progress max={1} value={progress.phase === 'uploading' ? (progress.fraction ?? undefined) : undefined} aria-label={label} />
    </div>
  );
}
