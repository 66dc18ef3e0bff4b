import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listAssessments } from '../../api/assessments';
import { resultsWorkbookUrl } from '../../api/results';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/fields';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { AssessmentResults } from './AssessmentResults';
import { RESULTS_TABS, type ResultsTab } from './ResultsTabs';
// Tabs, status badges and stacked tables are styled with the authoring pages.
import '../authoring/authoring.css';
import './results.css';

/** Pick an assessment, read its attempts, charts and item analysis, download them as .xlsx. */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data: assessments, error, reload } = useLoader(listAssessments, 'assessments');
  const chosenId = searchParams.get('assessment') ?? assessments?.[0]?.id ?? '';
  const tabParam = searchParams.get('tab');
  const tab: ResultsTab = RESULTS_TABS.find((value) => value === tabParam) ?? 'attempts';
  const choose = (assessment: string, nextTab: ResultsTab) => setSearchParams({ assessment, tab: nextTab }, { replace: true });

  return (
    <>
      <PageHeader title={t('results.title')} description={t('results.intro')} />
      {error ? (
        <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }}>
          {errorMessage(t, error)}
        </Alert>
      ) : !assessments ? (
        <LoadingState />
      ) : !assessments.length ? (
        <EmptyState testId="results-no-assessments">{t('results.noAssessments')}</EmptyState>
      ) : (
        <section className="card">
          <div className="toolbar results-toolbar">
            <div className="toolbar-search">
              <SelectField
                label={t('results.assessment')}
                value={chosenId}
                onChange={(event) => choose(event.target.value, tab)}
                options={assessments.map((assessment) => ({ value: assessment.id, label: assessment.title }))}
                data-testid="results-assessment"
              />
            </div>
            <a className="button button-secondary" href={resultsWorkbookUrl(chosenId, i18n.language)} download data-testid="download-results">
              {t('results.download')}
            </a>
          </div>
          <AssessmentResults key={chosenId} assessmentId={chosenId} tab={tab} onTab={(next) => choose(chosenId, next)} />
        </section>
      )}
    </>
  );
}
