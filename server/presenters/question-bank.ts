import type { AuthoredQuestion } from '../../common/schemas/question-bank.js';
import type { PackageRow, QuestionBankPackage } from '../domain/question-bank/packages-service.js';

export const presentPackage = (p: Pick<PackageRow, 'id' | 'name'>) => ({ id: p.id, name: p.name });

/** Staff only: carries the correct answers. */
export const presentAuthoredQuestion = (q: AuthoredQuestion): AuthoredQuestion => ({
  id: q.id,
  packageId: q.packageId,
  position: q.position,
  text: q.text,
  points: q.points,
  imageId: q.imageId,
  options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, imageId: o.imageId })),
});

export const presentQuestionBankPackage = (p: QuestionBankPackage) => ({
  ...presentPackage(p),
  sessionCount: p.sessionCount,
  questions: p.questions.map(presentAuthoredQuestion),
});
