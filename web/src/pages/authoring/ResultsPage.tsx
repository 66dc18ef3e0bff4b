import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listAssessments } from '../../api/assessments';
import { getAssessmentResults, resultsWorkbookUrl } from '../../api/results';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/fields';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { ResultsSummary } from './ResultsSummary';
import { ResultsTable } from './ResultsTable';
import './authoring.css';

function AssessmentResults({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useLoader((signal) => getAssessmentResults(assessmentId, signal), assessmentId);
  if (error) {
    return (
      <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }}>
        {errorMessage(t, error)}
      </Alert>
    );
  }
  if (loading || !data) return <LoadingState />;
  if (!data.results.length) return <EmptyState testId="results-empty">{t('authoring.results.empty')}</EmptyState>;
  return (
    <>
      <ResultsSummary rows={data.results} passScore={data.assessment.passScore} />
      <ResultsTable rows={data.results} />
    </>
  );
}

/** Pick an assessment, read its results, download them as .xlsx. */
export function ResultsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data: assessments, error, reload } = useLoader(listAssessments, 'assessments');
  const chosenId = searchParams.get('assessment') ?? assessments?.[0]?.id ?? '';

  return (
    <>
      <PageHeader title={t('authoring.results.title')} description={t('authoring.results.intro')} />
      {error ? (
        <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }}>
          {errorMessage(t, error)}
        </Alert>
      ) : !assessments ? (
        <LoadingState />
      ) : !assessments.length ? (
        <EmptyState testId="results-no-assessments">{t('authoring.results.noAssessments')}</EmptyState>
      ) : (
        <section className="card">
          <div className="toolbar results-toolbar">
            <div className="toolbar-search">
              <SelectField
                label={t('authoring.results.assessment')}
                value={chosenId}
                onChange={(event) => setSearchParams({ assessment: event.target.value }, { replace: true })}
                options={assessments.map((assessment) => ({ value: assessment.id, label: assessment.title }))}
              />
            </div>
            <a className="button button-secondary" href={resultsWorkbookUrl(chosenId)} download data-testid="download-results">
              {t('authoring.results.download')}
            </a>
          </div>
          <AssessmentResults key={chosenId} assessmentId={chosenId} />
        </section>
      )}
    </>
  );
}
