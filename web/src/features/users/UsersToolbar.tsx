import { useTranslation } from 'react-i18next';
import type { UserFilters } from '../../api/users';
import { SelectField, TextField } from '../../components/fields';
import { roleOptions } from './roleOptions';

interface UsersToolbarProps {
  filters: Required<UserFilters>;
  onChange: (filters: Required<UserFilters>) => void;
}

/** Search box and role/status filters above the user table. */
export function UsersToolbar({ filters, onChange }: UsersToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="search">
      <div className="toolbar-search">
        <TextField
          label={t('users.search')}
          type="search"
          placeholder={t('users.searchPlaceholder')}
          value={filters.q}
          onChange={(event) => onChange({ ...filters, q: event.target.value })}
        />
      </div>
      <SelectField
        label={t('users.roleFilter')}
        value={filters.role}
        onChange={(event) => onChange({ ...filters, role: event.target.value as Required<UserFilters>['role'] })}
        options={[{ value: '', label: t('users.allRoles') }, ...roleOptions(t)]}
      />
      <SelectField
        label={t('users.activeFilter')}
        value={filters.active}
        onChange={(event) => onChange({ ...filters, active: event.target.value as Required<UserFilters>['active'] })}
        options={[
          { value: '', label: t('users.allStatuses') },
          { value: 'true', label: t('users.active') },
          { value: 'false', label: t('users.inactive') },
        ]}
      />
    </div>
  );
}
