import type { TFunction } from 'i18next';
import { ApiError } from '../../api/errors';
import { errorMessage } from '../../i18n/errorMessage';
import { currentLanguage } from '../../i18n';
import { formIssuesOf, type FormIssues } from '../../i18n/schemaIssues';

/** A refused request as a form shows it: the server's validation issues by field, anything else above the form. */
export function formIssuesFrom(t: TFunction, error: unknown, fieldNames: readonly string[]): FormIssues {
  if (!(error instanceof ApiError) || !error.issues?.length) return { fields: {}, general: [errorMessage(t, error)] };
  return formIssuesOf(error.issues, fieldNames, currentLanguage());
}
