import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listMyCoachees } from '../../api/me';
import { LoadedList } from '../../components/LoadedList';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { coacheeRecordsPath } from './paths';

/** `/coach/coachees`: the coach's coachees, each linking to their results and competency records. */
export function MyCoacheesPage() {
  const { t } = useTranslation();
  const { data: coachees, error, loading, reload } = useLoader(listMyCoachees, 'my-coachees');
  const dash = t('common.empty');

  return (
    <>
      <PageHeader title={t('myCoachees.title')} description={t('myCoachees.intro')} />
      <LoadedList items={coachees} loading={loading} error={error} reload={reload} emptyTestId="my-coachees-empty" empty={t('myCoachees.empty')}>
        {(coachees) => (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('myCoachees.columns.name')}</th>
                  <th scope="col">{t('myCoachees.columns.unit')}</th>
                  <th scope="col">{t('myCoachees.columns.position')}</th>
                </tr>
              </thead>
              <tbody>
                {coachees.map((coachee) => (
                  <tr key={coachee.id} data-testid="my-coachee">
                    <td className="cell-strong">
                      <Link to={coacheeRecordsPath(coachee.id)} data-testid="open-coachee">
                        {coachee.name}
                      </Link>
                    </td>
                    <td>{coachee.unit || dash}</td>
                    <td>{coachee.position || dash}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </LoadedList>
    </>
  );
}
