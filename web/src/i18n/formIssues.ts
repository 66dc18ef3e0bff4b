import type { TFunction } from 'i18next';
import { ApiError } from '../api/errors';
import { errorMessage } from './errorMessage';
import { currentLanguage } from '.';
import { formIssuesOf, type FormIssues } from './schemaIssues';

/**
 * A refused request as a form shows it: the server's validation issues by field (`fieldNames`,
 * dotted paths), anything else above the form in the words `describe` gives it (default
 * errorMessage; the authoring forms name their conflicts with describeError).
 */
export function formIssuesFrom(
  t: TFunction,
  error: unknown,
  fieldNames: readonly string[],
  describe: (t: TFunction, error: unknown) => string = errorMessage,
): FormIssues {
  if (!(error instanceof ApiError) || !error.issues?.length) return { fields: {}, general: [describe(t, error)] };
  return formIssuesOf(error.issues, fieldNames, currentLanguage());
}
