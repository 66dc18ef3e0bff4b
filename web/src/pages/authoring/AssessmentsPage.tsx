import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listAssessments } from '../../api/assessments';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { AssessmentsTable } from './AssessmentsTable';
import './authoring.css';

/** Every assessment, newest window first, with its status and what it holds. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  const { data: assessments, error, loading, reload } = useLoader(listAssessments, 'assessments');

  return (
    <>
      <PageHeader
        title={t('authoring.list.title')}
        description={t('authoring.list.intro')}
        actions={
          <Link to="/hc/assessments/new" className="button button-primary" data-testid="new-assessment">
            {t('authoring.list.new')}
          </Link>
        }
      />
      {error ? (
        <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }}>
          {errorMessage(t, error)}
        </Alert>
      ) : loading && !assessments ? (
        <LoadingState />
      ) : !assessments?.length ? (
        <EmptyState testId="assessments-empty">{t('authoring.list.empty')}</EmptyState>
      ) : (
        <AssessmentsTable assessments={assessments} />
      )}
    </>
  );
}
