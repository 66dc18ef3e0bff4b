import type { TFunction } from 'i18next';
import { ApiError } from '../../api/errors';
import { errorMessage } from '../../i18n/errorMessage';

/** Translation keys for the conflict codes of the authoring API, per call site when the sentence differs. */
type ConflictKeys = Partial<Record<'locked' | 'in_use' | 'duplicate' | 'no_questions', string>>;

const DEFAULT_KEYS: ConflictKeys = {
  locked: 'authoring.conflicts.locked',
  no_questions: 'authoring.conflicts.noQuestions',
};

/**
 * A sentence in the reader's language for a failed authoring request: a known 409 gets the
 * sentence of its call site, a validation error the server's reason, anything else the app's usual
 * error message.
 */
export function describeError(t: TFunction, error: unknown, keys: ConflictKeys = {}): string {
  if (error instanceof ApiError && error.status === 409) {
    const key = { ...DEFAULT_KEYS, ...keys }[error.code as keyof ConflictKeys];
    if (key) return t(key);
  }
  // A refused request names its reason better than the generic "check your input".
  if (error instanceof ApiError && error.code === 'validation' && error.message) return error.message;
  return errorMessage(t, error);
}
