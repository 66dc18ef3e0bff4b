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

/** "A (5 questions, 5 points), B (2 questions, 2 points)". */
export const describePackageSizes = (packages: readonly PackageSize[]) =>
  packages.map((p) => `${p.name} (${p.questionCount} questions, ${p.totalPoints} points)`).join(', ');
