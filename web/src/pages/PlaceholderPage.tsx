import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';

/** A page whose feature is still to come: its title, what it will hold, and a "coming" note. */
export function PlaceholderPage({ page }: { page: 'assessments' | 'monitoring' | 'results' }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`pages.${page}.title`)} description={t(`pages.${page}.description`)} />
      <EmptyState testId="coming-soon">{t('placeholder.comingSoon')}</EmptyState>
    </>
  );
}
