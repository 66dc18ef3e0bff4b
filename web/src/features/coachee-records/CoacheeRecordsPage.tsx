import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchCoacheeRecords } from '../../api/records';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { EmptyState } from '../../components/EmptyState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { CompetencyRecordsTable } from '../my-competencies/CompetencyRecordsTable';
import { CoacheeResultsTable } from './CoacheeResultsTable';
import { MY_COACHEES_PATH } from './paths';
import './coachee-records.css';

/** `/coach/coachees/:userId`: one coachee's attempts and competency records (own coachees only; else 404). */
export function CoacheeRecordsPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const { data, error, reload } = useLoader((signal) => fetchCoacheeRecords(userId, signal), `coachee-records-${userId}`);
  const back = <BackLink to={MY_COACHEES_PATH}>{t('coacheeRecords.back')}</BackLink>;
  if (error) {
    return (
      <>
        {back}
        <PageHeader title={t('coacheeRecords.fallbackTitle')} />
        <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }} testId="coachee-records-error">
          {errorMessage(t, error)}
        </Alert>
      </>
    );
  }
  if (!data) return <LoadingState />;
  const { coachee, results, competencies } = data;
  return (
    <>
      {back}
      <PageHeader title={coachee.name} description={coachee.unit ? t('coacheeRecords.introUnit', { unit: coachee.unit }) : t('coacheeRecords.intro')} />
      <section className="coachee-section" aria-labelledby="coachee-results-title">
        <h2 id="coachee-results-title">{t('coacheeRecords.resultsTitle')}</h2>
        {results.length ? <CoacheeResultsTable rows={results} /> : <EmptyState testId="coachee-results-empty">{t('coacheeRecords.noResults')}</EmptyState>}
      </section>
      <section className="coachee-section" aria-labelledby="coachee-competencies-title">
        <h2 id="coachee-competencies-title">{t('coacheeRecords.competenciesTitle')}</h2>
        {competencies.length ? (
          <CompetencyRecordsTable records={competencies} label={t('coacheeRecords.competenciesTitle')} />
        ) : (
          <EmptyState testId="coachee-competencies-empty">{t('coacheeRecords.noCompetencies')}</EmptyState>
        )}
      </section>
    </>
  );
}
