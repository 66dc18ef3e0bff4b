import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listAssessments, type Assessment } from '../../api/assessments';
import { DataTable, type Column } from '../../components/DataTable';
import { LoadedList } from '../../components/LoadedList';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { windowTimes } from '../../i18n/format';
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
  const columns: Column<Assessment>[] = [
    { id: 'title', header: t('monitoring.pickerColumns.title'), cellProps: { className: 'cell-strong' }, cell: (assessment) => <Link to={monitorPath(assessment.id)}>{assessment.title}</Link> },
    { id: 'status', header: t('monitoring.pickerColumns.status'), cell: (assessment) => <AssessmentStatusBadge status={assessment.status} /> },
    {
      id: 'window',
      header: t('monitoring.pickerColumns.window'),
      cell: (assessment) => t('monitoring.window', windowTimes(assessment, i18n.language)),
    },
    { id: 'workers', header: t('monitoring.pickerColumns.workers'), cellProps: { className: 'cell-nowrap' }, cell: (assessment) => t('monitoring.workers', { count: assessment.sessionCount }) },
  ];

  return (
    <>
      <PageHeader title={t('monitoring.title')} description={t('monitoring.pickerIntro')} />
      <LoadedList items={assessments} loading={loading} error={error} reload={reload} emptyTestId="monitor-picker-empty" empty={t('monitoring.pickerEmpty')}>
        {(assessments) => (
          <DataTable
            columns={columns}
            rows={assessments}
            rowKey={(assessment) => assessment.id}
            rowProps={(assessment) => ({ 'data-testid': `monitor-assessment-${assessment.id}` })}
            label={t('monitoring.pickerLabel')}
            testId="monitor-picker"
          />
        )}
      </LoadedList>
    </>
  );
}
