import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Assessment } from '../../api/assessments';
import type { AssessmentAction } from '../../api/monitoring';
import { PageHeader } from '../../components/PageHeader';
import { windowTimes } from '../../i18n/format';
import { ConnectionBadge } from './ConnectionBadge';
import type { Connection } from './monitorConnection';
import { MONITORING_PATH } from './paths';

interface RoomHeaderProps {
  title: string;
  /** The assessment's settings, once loaded (the room works without them). */
  assessment: Assessment | undefined;
  questionCount: number | undefined;
  /** Sessions not started or in progress (from the live counts), once known. */
  liveSessions: number | undefined;
  connection: Connection;
  onAction: (action: AssessmentAction) => void;
}

/**
 * Back link, the assessment's title and schedule, the connection state, and the whole-assessment
 * actions. A closed assessment (by HC, or its window over) with no session left to end or extend
 * offers none and says it is closed; while a late session still runs, HC can still act on it.
 */
export function RoomHeader({ title, assessment, questionCount, liveSessions, connection, onAction }: RoomHeaderProps) {
  const { t, i18n } = useTranslation();
  const closed = assessment?.status === 'closed' && liveSessions === 0;
  const summary = assessment
    ? t('monitoring.summary', {
        questions: questionCount ?? assessment.questionCount,
        minutes: assessment.durationMinutes,
        ...windowTimes(assessment, i18n.language),
      })
    : t('monitoring.liveIntro');
  return (
    <>
      <Link to={MONITORING_PATH} className="monitor-back-link" data-testid="monitor-back">
        <span aria-hidden="true">←</span>
        {t('monitoring.backToList')}
      </Link>
      <PageHeader
        title={title}
        description={summary}
        actions={
          <div className="monitor-room-actions">
            <ConnectionBadge connection={connection} />
            {closed ? (
              <span className="status status-closed" data-testid="assessment-closed">
                {t('monitoring.closedBadge')}
              </span>
            ) : (
              <>
                <button type="button" className="button button-secondary" onClick={() => onAction('extend')} data-testid="assessment-extend">
                  {t('monitoring.actions.assessment.extend.label')}
                </button>
                <button type="button" className="button button-danger-outline" onClick={() => onAction('close')} data-testid="assessment-close">
                  {t('monitoring.actions.assessment.close.label')}
                </button>
              </>
            )}
          </div>
        }
      />
    </>
  );
}
