import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../api/assignments';

interface AssignedWorkersTableProps {
  assignments: Assignment[];
  busyUserId: string | null;
  onUnassign: (assignment: Assignment) => void;
}

/** Who has a session of the assessment, with the package they were given and how far they are. */
export function AssignedWorkersTable({ assignments, busyUserId, onUnassign }: AssignedWorkersTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-stack" aria-label={t('authoring.assign.assignedLabel')} data-testid="assigned-workers">
        <thead>
          <tr>
            <th scope="col">{t('authoring.assign.columns.name')}</th>
            <th scope="col">{t('authoring.assign.columns.unit')}</th>
            <th scope="col">{t('authoring.assign.columns.package')}</th>
            <th scope="col">{t('authoring.assign.columns.status')}</th>
            <th scope="col" className="cell-actions">
              {t('authoring.assign.columns.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((assignment) => (
            <tr key={assignment.sessionId} data-testid="assigned-worker">
              <td className="cell-strong cell-primary">{assignment.workerName}</td>
              <td data-label={t('authoring.assign.columns.unit')}>{assignment.unit ?? t('common.empty')}</td>
              <td data-label={t('authoring.assign.columns.package')}>{t('authoring.packages.name', { name: assignment.packageName })}</td>
              <td data-label={t('authoring.assign.columns.status')}>
                <span className={`status status-${assignment.status}`}>{t(`sessionStatus.${assignment.status}`)}</span>
              </td>
              <td className="cell-actions cell-stack-actions">
                {assignment.status === 'not_started' ? (
                  <button
                    type="button"
                    className="button button-small button-danger-outline"
                    disabled={busyUserId === assignment.userId}
                    onClick={() => onUnassign(assignment)}
                  >
                    {t('authoring.assign.unassign')}
                  </button>
                ) : (
                  <span className="cell-sub">{t('authoring.assign.started')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
