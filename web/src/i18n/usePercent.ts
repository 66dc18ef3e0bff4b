import { useTranslation } from 'react-i18next';
import { formatPercent, type NumberStyle } from './format';

/** `formatPercent` in the reader's current language: a 0-100 value to "80%", "33,3%" (id) or "33.3%" (en). */
export function usePercent(style?: NumberStyle): (value: number) => string {
  const { i18n } = useTranslation();
  return (value) => formatPercent(value, i18n.language, style);
}
