import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listAssessments, type Assessment } from '../../api/assessments';
import { LoadedList } from '../../components/LoadedList';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { formatDateTime } from '../../i18n/format';
import { AssessmentStatusBadge } from '../authoring/AssessmentStatusBadge';
import { monitorPath } from './paths';

/** Only these have (or had) exam rooms; open ones first, each group latest window first. */
function monitorable(assessments: Assessment[]): Assessment[] {
  return assessments
    .filter((a) => a.status === 'open' || a.status === 'closed')
    .sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open') || b.opensAt.localeCompare(a.opensAt));
}

export function AssessmentPicker() {
  const { t, i18n } = useTranslation();
  const { data, error, loading, reload } = useLoader(listAssessments, 'assessments');
  const assessments = data && monitorable(data);

  return (
    <>
      <PageHeader title={t('monitoring.title')} description={t('monitoring.pickerIntro')} />
      <LoadedList items={assessments} loading={loading} error={error} reload={reload} emptyTestId="monitor-picker-empty" empty={t('monitoring.pickerEmpty')}>
        {(assessments) => (
          <div className="table-wrap">
            <table className="table" aria-label={t('monitoring.pickerLabel')} data-testid="monitor-picker">
              <thead>
                <tr>
                  <th scope="col">{t('monitoring.pickerColumns.title')}</th>
                  <th scope="col">{t('monitoring.pickerColumns.status')}</th>
                  <th scope="col">{t('monitoring.pickerColumns.window')}</th>
                  <th scope="col">{t('monitoring.pickerColumns.workers')}</th>
                </tr>
              </thead>
              <tbody>
                {assessments.map((assessment) => (
                  <tr key={assessment.id} data-testid={`monitor-assessment-${assessment.id}`}>
                    <td className="cell-strong">
                      <Link to={monitorPath(assessment.id)}>{assessment.title}</Link>
                    </td>
                    <td>
                      <AssessmentStatusBadge status={assessment.status} />
                    </td>
                    <td>
                      {t('monitoring.window', {
                        start: formatDateTime(assessment.opensAt, i18n.language),
                        end: formatDateTime(assessment.closesAt, i18n.language),
                      })}
                    </td>
                    <td className="cell-nowrap">{t('monitoring.workers', { count: assessment.sessionCount })}</td>
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
