import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listAssessments } from '../../api/assessments';
import { LoadedList } from '../../components/LoadedList';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
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
      <LoadedList items={assessments} loading={loading} error={error} reload={reload} emptyTestId="assessments-empty" empty={t('authoring.list.empty')}>
        {(assessments) => (
          <AssessmentsTable assessments={assessments} />
        )}
      </LoadedList>
    </>
  );
}
