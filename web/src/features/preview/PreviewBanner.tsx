import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Preview — not scored", what the preview keeps (nothing), and the way back to the editor. */
export function PreviewBanner({ packageName, editorPath, shuffled }: { packageName: string; editorPath: string; shuffled: boolean }) {
  const { t } = useTranslation();
  return (
    <p className="preview-banner" role="note" data-testid="preview-banner">
      <strong>{t('preview.banner')}</strong>
      <span>{t('preview.explain', { name: packageName })}</span>
      {shuffled && <span>{t('preview.shuffled')}</span>}
      <Link to={editorPath} data-testid="preview-exit">
        {t('preview.exit')}
      </Link>
    </p>
  );
}
