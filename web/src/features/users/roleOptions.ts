import { ROLES } from '@common/roles';
import type { TFunction } from 'i18next';

/** The four roles as select options, labelled in the current language. */
export function roleOptions(t: TFunction): { value: string; label: string }[] {
  return ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}
