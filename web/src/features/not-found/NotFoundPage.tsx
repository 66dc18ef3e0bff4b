import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('pages.notFound.title')} description={t('pages.notFound.description')} />
      <Link className="button button-secondary" to="/">
        {t('pages.notFound.back')}
      </Link>
    </>
  );
}
