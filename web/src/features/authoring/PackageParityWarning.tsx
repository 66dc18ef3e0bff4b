import { useTranslation } from 'react-i18next';
import { differingPackages } from '@common/package-parity';
import type { QuestionPackage } from '../../api/questionBank';
import { Alert } from '../../components/Alert';

/**
 * Warns, as the packages are edited, when they differ in question count or total points: the
 * server refuses to assign or open such an assessment (409 `packages_differ`), since workers
 * would get exams of different sizes.
 */
export function PackageParityWarning({ packages }: { packages: QuestionPackage[] }) {
  const { t } = useTranslation();
  const differing = differingPackages(
    packages.map((pkg) => ({ name: pkg.name, questionCount: pkg.questions.length, totalPoints: pkg.questions.reduce((sum, q) => sum + q.points, 0) })),
  );
  if (!differing.length) return null;
  return (
    <Alert tone="warning" testId="packages-differ">
      <p>{t('authoring.packages.differ')}</p>
      <ul>
        {differing.map((pkg) => (
          <li key={pkg.name} data-testid={`package-size-${pkg.name}`}>
            {t('authoring.packages.size', { name: pkg.name, count: pkg.questionCount, points: pkg.totalPoints })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
