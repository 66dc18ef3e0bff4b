import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listMyCoachees, type Coachee } from '../../api/me';
import { DataTable, type Column } from '../../components/DataTable';
import { LoadedList } from '../../components/LoadedList';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { coacheeRecordsPath } from './paths';

/** `/coach/coachees`: the coach's coachees, each linking to their results and competency records. */
export function MyCoacheesPage() {
  const { t } = useTranslation();
  const { data: coachees, error, loading, reload } = useLoader(listMyCoachees, 'my-coachees');
  const dash = t('common.empty');
  const columns: Column<Coachee>[] = [
    {
      id: 'name',
      header: t('myCoachees.columns.name'),
      cellProps: { className: 'cell-strong cell-primary' },
      cell: (coachee) => (
        <Link to={coacheeRecordsPath(coachee.id)} data-testid="open-coachee">
          {coachee.name}
        </Link>
      ),
    },
    { id: 'unit', header: t('myCoachees.columns.unit'), cell: (coachee) => coachee.unit || dash },
    { id: 'position', header: t('myCoachees.columns.position'), cell: (coachee) => coachee.position || dash },
  ];

  return (
    <>
      <PageHeader title={t('myCoachees.title')} description={t('myCoachees.intro')} />
      <LoadedList items={coachees} loading={loading} error={error} reload={reload} emptyTestId="my-coachees-empty" empty={t('myCoachees.empty')}>
        {(coachees) => (
          <DataTable
            columns={columns}
            rows={coachees}
            rowKey={(coachee) => coachee.id}
            rowProps={() => ({ 'data-testid': 'my-coachee' })}
            label={t('myCoachees.title')}
          />
        )}
      </LoadedList>
    </>
  );
}
