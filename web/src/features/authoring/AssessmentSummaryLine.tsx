import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../api/assessments';
import { windowTimes } from '../../i18n/format';
import { AssessmentStatusBadge } from './AssessmentStatusBadge';
import { questionCountLabel } from './questionCountLabel';

/** Status, window, duration and contents of an assessment, under the editor's title. */
export function AssessmentSummaryLine({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="summary-line" data-testid="assessment-summary">
      <li>
        <AssessmentStatusBadge status={assessment.status} />
      </li>
      <li>{t('authoring.window', windowTimes(assessment, i18n.language))}</li>
      <li>{t('authoring.minutes', { count: assessment.durationMinutes })}</li>
      <li>{t('authoring.list.packages', { count: assessment.packageCount })}</li>
      <li>{questionCountLabel(t, assessment)}</li>
      <li>{t('authoring.list.assigned', { count: assessment.sessionCount })}</li>
    </ul>
  );
}
