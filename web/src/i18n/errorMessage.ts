import type { TFunction } from 'i18next';
import { ApiError } from '../api/errors';
import i18n from './index';

/**
 * A translated sentence for a failed request: known error codes have their own text; otherwise
 * the server's message, and as a last resort a generic sentence.
 */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    if (i18n.exists(key)) return t(key);
    if (error.message) return error.message;
  }
  return t('errors.unknown');
}
