import type { TFunction } from 'i18next';
import { ApiError } from '../../api/errors';
import { errorMessage } from '../../i18n/errorMessage';

/** Server validation split into per-field messages and the rest (shown above the form). */
export interface FormIssues {
  fields: Record<string, string>;
  general: string[];
}

export const NO_ISSUES: FormIssues = { fields: {}, general: [] };

export function formIssuesFrom(t: TFunction, error: unknown, fieldNames: readonly string[]): FormIssues {
  if (!(error instanceof ApiError)) return { fields: {}, general: [errorMessage(t, error)] };
  if (!error.issues?.length) return { fields: {}, general: [errorMessage(t, error)] };
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (fieldNames.includes(field) && !fields[field]) fields[field] = issue.message;
    else general.push(issue.path && issue.path !== 'body' ? `${issue.path}: ${issue.message}` : issue.message);
  }
  return { fields, general };
}
