import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../api/users';

interface UsersTableProps {
  users: AdminUser[];
  busyId: string | null;
  onEdit: (user: AdminUser) => void;
  onResetPassword: (user: AdminUser) => void;
  onToggleActive: (user: AdminUser) => void;
}

export function UsersTable({ users, busyId, onEdit, onResetPassword, onToggleActive }: UsersTableProps) {
  const { t } = useTranslation();
  const dash = t('common.empty');
  return (
    <div className="table-wrap">
      <table className="table" aria-label={t('users.listLabel')} data-testid="users-table">
        <thead>
          <tr>
            <th scope="col">{t('users.columns.name')}</th>
            <th scope="col">{t('users.columns.username')}</th>
            <th scope="col">{t('users.columns.role')}</th>
            <th scope="col">{t('users.columns.unit')}</th>
            <th scope="col">{t('users.columns.status')}</th>
            <th scope="col" className="cell-actions">
              {t('users.columns.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-testid={`user-row-${user.username}`} className={user.active ? undefined : 'row-muted'}>
              <td>
                <div className="cell-strong">{user.name}</div>
                {user.email && <div className="cell-sub">{user.email}</div>}
              </td>
              <td>
                <div className="cell-mono">{user.username}</div>
                {user.nip && <div className="cell-sub cell-nowrap">{t('users.nipValue', { nip: user.nip })}</div>}
              </td>
              <td>{t(`roles.${user.role}`)}</td>
              <td>
                <div>{user.unit || dash}</div>
                {user.position && <div className="cell-sub">{user.position}</div>}
              </td>
              <td>
                <span className={user.active ? 'status status-active' : 'status status-inactive'} data-testid="user-status">
                  {user.active ? t('users.active') : t('users.inactive')}
                </span>
              </td>
              <td className="cell-actions">
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
