import type {
  AuthoredQuestion,
  ImportQuestionsResponse,
  packageWithQuestions,
  QuestionInput,
  questionPackage,
  UpdateQuestionRequest,
} from '@common/schemas/question-bank';
import type { importRowIssue } from '@common/schemas/users';
import type { z } from 'zod';
import { request, uiLanguageOfRequests } from './client';
import { uploadForm, type UploadProgress } from './upload';

export type { AuthoredQuestion, ImportQuestionsResponse, QuestionInput, UploadProgress };
export type QuestionPackage = z.infer<typeof packageWithQuestions>;
/** One rejected cell of a question workbook (nothing is imported then). */
export type WorkbookRowIssue = z.infer<typeof importRowIssue>;

const assessmentPath = (assessmentId: string) => `/api/assessments/${encodeURIComponent(assessmentId)}`;

export async function listPackages(assessmentId: string, signal?: AbortSignal): Promise<QuestionPackage[]> {
  return (await request<{ packages: QuestionPackage[] }>(`${assessmentPath(assessmentId)}/packages`, { signal })).packages;
}

/** Without a name the server picks the next free letter. */
export function createPackage(assessmentId: string): Promise<z.infer<typeof questionPackage>> {
  return request(`${assessmentPath(assessmentId)}/packages`, { method: 'POST', body: {} });
}

export async function deletePackage(packageId: string): Promise<void> {
  await request<void>(`/api/packages/${encodeURIComponent(packageId)}`, { method: 'DELETE' });
}

export function addQuestion(packageId: string, question: QuestionInput): Promise<AuthoredQuestion> {
  return request<AuthoredQuestion>(`/api/packages/${encodeURIComponent(packageId)}/questions`, { method: 'POST', body: question });
}

export function updateQuestion(questionId: string, changes: UpdateQuestionRequest): Promise<AuthoredQuestion> {
  return request<AuthoredQuestion>(`/api/questions/${encodeURIComponent(questionId)}`, { method: 'PATCH', body: changes });
}

export async function deleteQuestion(questionId: string): Promise<void> {
  await request<void>(`/api/questions/${encodeURIComponent(questionId)}`, { method: 'DELETE' });
}

/** The package's whole new order: every question id of it, each once. */
export async function reorderQuestions(packageId: string, questionIds: string[]): Promise<void> {
  await request(`/api/packages/${encodeURIComponent(packageId)}/question-order`, { method: 'PUT', body: { questionIds } });
}

/** A copy of the question, placed right after it. */
export function duplicateQuestion(questionId: string): Promise<AuthoredQuestion> {
  return request<AuthoredQuestion>(`/api/questions/${encodeURIComponent(questionId)}/duplicate`, { method: 'POST' });
}

/**
 * Uploads an .xlsx workbook, or a GIFT (.gift) / Aiken (.txt) file whose questions all go into
 * `packageName` (the server's default is A). A 400 `validation` ApiError carries the row report in `body.rows`.
 */
export function importQuestions(
  assessmentId: string,
  file: File,
  onProgress: (progress: UploadProgress) => void,
  packageName?: string,
): Promise<ImportQuestionsResponse> {
  const form = new FormData();
  form.append('file', file);
  const query = packageName ? `?${new URLSearchParams({ package: packageName })}` : '';
  return uploadForm<ImportQuestionsResponse>(`${assessmentPath(assessmentId)}/packages/import${query}`, form, onProgress);
}

/** Download links name the reader's language: the workbooks' instructions sheet comes in it first. */
export const questionTemplateUrl = (assessmentId: string) => `${assessmentPath(assessmentId)}/packages/template.xlsx?lang=${uiLanguageOfRequests()}`;
export const questionExportUrl = (assessmentId: string) => `${assessmentPath(assessmentId)}/packages/export?lang=${uiLanguageOfRequests()}`;
