import { useTranslation } from 'react-i18next';
import { localeOf } from '../../i18n';
import { formatPercent } from './resultView';

/** Formats a percent 0-100 in the reader's language: "80%", "33,3%". */
export function usePercent(): (value: number) => string {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return (value) => formatPercent(value, locale);
}
