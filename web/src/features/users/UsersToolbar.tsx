import { useTranslation } from 'react-i18next';
import type { UserFilters } from '../../api/users';
import { SelectField } from '../../components/fields';
import { SearchToolbar } from '../../components/SearchToolbar';
import { roleOptions } from './roleOptions';

interface UsersToolbarProps {
  filters: Required<UserFilters>;
  onChange: (filters: Required<UserFilters>) => void;
  /** "40 users", or how many of how many are drawn; absent while loading or when none match. */
  count?: string;
}

/** Search box and role/status filters above the user table, and how many users they found. */
export function UsersToolbar({ filters, onChange, count }: UsersToolbarProps) {
  const { t } = useTranslation();
  return (
    <SearchToolbar
      search={{ label: t('users.search'), placeholder: t('users.searchPlaceholder'), value: filters.q, onChange: (q) => onChange({ ...filters, q }) }}
      count={count}
    >
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
    </SearchToolbar>
  );
}
