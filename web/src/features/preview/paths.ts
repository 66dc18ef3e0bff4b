/** HC's preview of one package of an assessment, as a worker would see it. */
export const previewPath = (assessmentId: string, packageId: string) =>
  `/hc/assessments/${encodeURIComponent(assessmentId)}/preview/${encodeURIComponent(packageId)}`;

/** Back to the editor's questions tab the preview was opened from. */
export const editorQuestionsPath = (assessmentId: string) => `/hc/assessments/${encodeURIComponent(assessmentId)}?tab=questions`;
