import { useTranslation } from 'react-i18next';
import { listMyCompetencies } from '../../api/me';
import { LoadedList } from '../../components/LoadedList';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { CompetencyRecordsTable } from './CompetencyRecordsTable';

/** `/me/competencies`: the competencies the worker has achieved, newest first. */
export function MyCompetenciesPage() {
  const { t } = useTranslation();
  const { data: records, error, loading, reload } = useLoader(listMyCompetencies, 'my-competencies');
  return (
    <>
      <PageHeader title={t('myCompetencies.title')} description={t('myCompetencies.intro')} />
      <LoadedList items={records} loading={loading} error={error} reload={reload} emptyTestId="my-competencies-empty" empty={t('myCompetencies.empty')}>
        {(records) => <CompetencyRecordsTable records={records} label={t('myCompetencies.title')} />}
      </LoadedList>
    </>
  );
}
