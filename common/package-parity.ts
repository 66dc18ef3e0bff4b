import { msg } from './i18n/messages.js';

/** What makes two packages of one assessment equally hard to pass: as many questions, as many points. */
export interface PackageSize {
  name: string;
  questionCount: number;
  totalPoints: number;
}

/**
 * The packages that would be handed out (those holding questions), when they do not all match in
 * question count and total points; an empty list when they match. Every worker of an assessment
 * must face an exam of the same size, whichever package the balancing gives them.
 */
export function differingPackages(packages: readonly PackageSize[]): PackageSize[] {
  const handedOut = packages.filter((p) => p.questionCount > 0);
  const [first] = handedOut;
  const same = handedOut.every((p) => p.questionCount === first!.questionCount && p.totalPoints === first!.totalPoints);
  return same ? [] : handedOut;
}

/** Each package as "A (5 questions, 5 points)", in any language (a list parameter of a Message). */
export const describePackageSizes = (packages: readonly PackageSize[]) =>
  packages.map((p) => msg('assessment.packageSize', { name: p.name, questions: p.questionCount, points: p.totalPoints }));
