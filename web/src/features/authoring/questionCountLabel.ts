import type { TFunction } from 'i18next';
import type { Assessment } from '../../api/assessments';

/**
 * The questions line of an assessment's summary. Each worker gets one package, so once published
 * (publishing requires packages of the same size) it says how many questions a worker gets: 60 over
 * two packages reads "30 soal per peserta". A draft's packages may still differ in size: its total.
 */
export function questionCountLabel(t: TFunction, { published, packageCount, questionCount }: Pick<Assessment, 'published' | 'packageCount' | 'questionCount'>): string {
  if (published && packageCount > 1 && questionCount % packageCount === 0) {
    return t('authoring.list.questionsPerWorker', { count: questionCount / packageCount });
  }
  return t('authoring.list.questions', { count: questionCount });
}
