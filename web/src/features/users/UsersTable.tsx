import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../api/users';
import { DataTable, type Column } from '../../components/DataTable';

interface UsersTableProps {
  users: AdminUser[];
  busyId: string | null;
  onEdit: (user: AdminUser) => void;
  onResetPassword: (user: AdminUser) => void;
  onToggleActive: (user: AdminUser) => void;
}

export function UsersTable({ users, busyId, onEdit, onResetPassword, onToggleActive }: UsersTableProps) {
  const { t } = useTranslation();
  const columns: Column<AdminUser>[] = [
    {
      id: 'name',
      header: t('users.columns.name'),
      stackLabel: false,
      cellProps: { className: 'cell-primary' },
      cell: (user) => (
        <>
          <div className="cell-strong">{user.name}</div>
          {user.email && <div className="cell-sub">{user.email}</div>}
        </>
      ),
    },
    {
      id: 'username',
      header: t('users.columns.username'),
      // One block per cell: on phones (table-stack) the cell is a row of label and value.
      cell: (user) => (
        <div>
          <div className="cell-mono">{user.username}</div>
          {user.nip && <div className="cell-sub cell-nowrap">{t('users.nipValue', { nip: user.nip })}</div>}
        </div>
      ),
    },
    { id: 'role', header: t('users.columns.role'), cell: (user) => t(`roles.${user.role}`) },
    {
      id: 'unit',
      header: t('users.columns.unit'),
      cell: (user) => (
        <div>
          <div>{user.unit || t('common.empty')}</div>
          {user.position && <div className="cell-sub">{user.position}</div>}
        </div>
      ),
    },
    {
      id: 'status',
      header: t('users.columns.status'),
      cell: (user) => (
        <span className={user.active ? 'status status-active' : 'status status-inactive'} data-testid="user-status">
          {user.active ? t('users.active') : t('users.inactive')}
        </span>
      ),
    },
    {
      id: 'actions',
      header: t('users.columns.actions'),
      kind: 'actions',
      stackLabel: false,
      cellProps: { className: 'cell-stack-actions' },
      cell: (user) => (
        <div className="row-actions">
          <button type="button" className="button button-small button-secondary" onClick={() => onEdit(user)}>
            {t('users.actions.edit')}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => onResetPassword(user)}>
            {t('users.actions.resetPassword')}
          </button>
          <button
            type="button"
            className={user.active ? 'button button-small button-danger-outline' : 'button button-small button-secondary'}
            onClick={() => onToggleActive(user)}
            disabled={busyId === user.id}
          >
            {user.active ? t('users.actions.deactivate') : t('users.actions.activate')}
          </button>
        </div>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={users}
      rowKey={(user) => user.id}
      rowProps={(user) => ({ 'data-testid': `user-row-${user.username}`, className: user.active ? undefined : 'row-muted' })}
      label={t('users.listLabel')}
      testId="users-table"
    />
  );
}
