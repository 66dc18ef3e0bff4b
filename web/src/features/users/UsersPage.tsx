import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUsers, updateUser, type AdminUser, type UserFilters } from '../../api/users';
import { LoadedList } from '../../components/LoadedList';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { SEARCH_DELAY_MS, useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { ImportUsersPanel } from './ImportUsersPanel';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserFormDialog } from './UserFormDialog';
import { UsersTable } from './UsersTable';
import { UsersToolbar } from './UsersToolbar';

/** Rows drawn at once; beyond this the admin narrows the search instead of scrolling thousands. */
const MAX_ROWS = 200;

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: AdminUser }
  | { kind: 'reset'; user: AdminUser }
  | { kind: 'deactivate'; user: AdminUser }
  | null;
/** Kept as a translation key (or the error) so the message follows a language switch. */
type Notice = { tone: 'success'; key: string; username: string } | { tone: 'danger'; error: unknown } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Required<UserFilters>>({ q: '', role: '', active: '' });
  const q = useDebouncedValue(filters.q.trim(), SEARCH_DELAY_MS);
  const query = { q, role: filters.role, active: filters.active };
  const { data: users, error, loading, reload } = useLoader((signal) => listUsers(query, signal), JSON.stringify(query));
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const total = users?.length ?? 0;
  const usersCount = !total ? undefined : total > MAX_ROWS ? t('users.countLimited', { shown: MAX_ROWS, total }) : t('users.count', { count: total });

  function finish(key: string, username: string) {
    setDialog(null);
    setNotice({ tone: 'success', key, username });
    reload();
  }

  async function activate(user: AdminUser) {
    setBusyId(user.id);
    try {
      await updateUser(user.id, { active: true });
      finish('users.messages.activated', user.username);
    } catch (cause) {
      setNotice({ tone: 'danger', error: cause });
    } finally {
      setBusyId(null);
    }
  }

  // Deactivating signs the user out everywhere at once (perhaps mid-exam), so it is confirmed first.
  function toggleActive(user: AdminUser) {
    if (user.active) setDialog({ kind: 'deactivate', user });
    else void activate(user);
  }

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={
          <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'create' })} data-testid="add-user">
            {t('users.add')}
          </button>
        }
      />
      {notice && (
        <Alert tone={notice.tone} testId="users-notice">
          {notice.tone === 'success' ? t(notice.key, { username: notice.username }) : errorMessage(t, notice.error)}
        </Alert>
      )}
      <section className="card">
        <UsersToolbar filters={filters} onChange={setFilters} count={usersCount} />
        <LoadedList items={users} loading={loading} error={error} reload={reload} emptyTestId="users-empty" empty={t('users.empty')}>
          {(users) => (
            <UsersTable
              users={users.slice(0, MAX_ROWS)}
              busyId={busyId}
              onEdit={(user) => setDialog({ kind: 'edit', user })}
              onResetPassword={(user) => setDialog({ kind: 'reset', user })}
              onToggleActive={toggleActive}
            />
          )}
        </LoadedList>
      </section>
      <ImportUsersPanel onImported={reload} />
      {dialog?.kind === 'create' && (
        <UserFormDialog
          onClose={() => setDialog(null)}
          onSaved={(user) => finish('users.messages.created', user.username)}
        />
      )}
      {dialog?.kind === 'edit' && (
        <UserFormDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onSaved={(user) => finish('users.messages.updated', user.username)}
        />
      )}
      {dialog?.kind === 'deactivate' && (
        <ConfirmDialog
          title={t('users.deactivateTitle')}
          message={t('users.deactivateConfirm', { name: dialog.user.name, username: dialog.user.username })}
          confirmLabel={t('users.actions.deactivate')}
          describe={(cause) => errorMessage(t, cause)}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await updateUser(dialog.user.id, { active: false });
            finish('users.messages.deactivated', dialog.user.username);
          }}
        />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={() => finish('users.messages.passwordReset', dialog.user.username)}
        />
      )}
    </>
  );
}
