import type { TFunction } from 'i18next';
import { ApiError } from '../api/errors';
import i18n from './index';

/**
 * A translated sentence for a failed request. The server answers in the language the web asks
 * for (Accept-Language, see api/client.ts), so its message is already in the reader's language:
 * - `validation`: the server's message, which says what exactly is wrong (the missing columns of
 *   an import, the file limit, the field), and only without one our generic sentence;
 * - other codes we have a sentence for (errors.<code>): ours, worded for the screen;
 * - anything else: the server's message, and as a last resort a generic sentence.
 */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    if (error.code === 'validation' && error.message) return error.message;
    if (i18n.exists(key)) return t(key);
    if (error.message) return error.message;
  }
  return t('errors.unknown');
}
