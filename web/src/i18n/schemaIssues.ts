import { labelledIssue } from '@common/i18n/field-names';
import { translate } from '@common/i18n/messages';
import { zodIssueText } from '@common/i18n/zod-issues';
import type { Language } from '@common/languages';
import type { z } from 'zod';

/** A form's problems: one sentence per field (shown under it) and the rest (shown above the form). */
export interface FormIssues {
  fields: Record<string, string>;
  general: string[];
}

export const NO_ISSUES: FormIssues = { fields: {}, general: [] };

/** An issue as the server answers it (`path` dotted, `message` already in the reader's language). */
export interface PathIssue {
  path: string;
  message: string;
}

/**
 * `value` checked against a shared `common/` schema, the one the server checks the request with:
 * each issue as `{ path: 'a.b', message }`, the message in `language` (common/i18n/zod-issues.ts
 * picks the sentence by kind of issue, or the catalog key a schema names). [] when valid.
 */
export function schemaIssues(schema: z.ZodType, value: unknown, language: Language): PathIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: translate(language, zodIssueText(issue)) }));
}

/**
 * Issues split by the form's fields: the first sentence per field (a field named by its whole path,
 * "options.2.text", or by its first segment, "options"), and the others as general sentences led
 * by the field's name for people in `language` ("Pilihan 3: Wajib diisi"), never the code path.
 */
export function formIssuesOf(issues: readonly PathIssue[], fieldNames: readonly string[], language: Language): FormIssues {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const field = fieldNames.includes(issue.path) ? issue.path : (issue.path.split('.')[0] ?? '');
    if (fieldNames.includes(field)) fields[field] ??= issue.message;
    else general.push(labelledIssue(language, issue.path, issue.message));
  }
  return { fields, general };
}

/** `schemaIssues` as a form shows them (see formIssuesOf); NO_ISSUES-like (empty) when valid. */
export function schemaFormIssues(schema: z.ZodType, value: unknown, fieldNames: readonly string[], language: Language): FormIssues {
  return formIssuesOf(schemaIssues(schema, value, language), fieldNames, language);
}

export const hasIssues = (issues: FormIssues) => issues.general.length > 0 || Object.keys(issues.fields).length > 0;
