import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '../../api/assessments';

/** draft, scheduled, open or closed, each in its own colour. */
export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status status-${status}`} data-testid="assessment-status">
      {t(`authoring.status.${status}`)}
    </span>
  );
}
