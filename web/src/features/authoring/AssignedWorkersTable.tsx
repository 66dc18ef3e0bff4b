import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../api/assignments';
import { DataTable, type Column } from '../../components/DataTable';

interface AssignedWorkersTableProps {
  assignments: Assignment[];
  busyUserId: string | null;
  onUnassign: (assignment: Assignment) => void;
}

/** Who has a session of the assessment, with the package they were given and how far they are. */
export function AssignedWorkersTable({ assignments, busyUserId, onUnassign }: AssignedWorkersTableProps) {
  const { t } = useTranslation();
  const columns: Column<Assignment>[] = [
    { id: 'name', header: t('authoring.assign.columns.name'), stackLabel: false, cellProps: { className: 'cell-strong cell-primary' }, cell: (assignment) => assignment.workerName },
    { id: 'unit', header: t('authoring.assign.columns.unit'), cell: (assignment) => assignment.unit ?? t('common.empty') },
    { id: 'package', header: t('authoring.assign.columns.package'), cell: (assignment) => t('authoring.packages.name', { name: assignment.packageName }) },
    {
      id: 'status',
      header: t('authoring.assign.columns.status'),
      cell: (assignment) => <span className={`status status-${assignment.status}`}>{t(`sessionStatus.${assignment.status}`)}</span>,
    },
    {
      id: 'actions',
      header: t('authoring.assign.columns.actions'),
      kind: 'actions',
      stackLabel: false,
      cellProps: { className: 'cell-stack-actions' },
      cell: (assignment) =>
        assignment.status === 'not_started' ? (
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
        ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={assignments}
      rowKey={(assignment) => assignment.sessionId}
      rowProps={() => ({ 'data-testid': 'assigned-worker' })}
      label={t('authoring.assign.assignedLabel')}
      testId="assigned-workers"
    />
  );
}
