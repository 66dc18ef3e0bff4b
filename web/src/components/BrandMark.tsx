import { useTranslation } from 'react-i18next';

/** The product name with its small logo. */
export function BrandMark({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={large ? 'brand brand-large' : 'brand'}>
      <svg className="brand-logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" />
        <path d="M10 9v9a6 6 0 0 0 12 0V9" />
      </svg>
      <span className="brand-name">{t('app.name')}</span>
    </span>
  );
}
