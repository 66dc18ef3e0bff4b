import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { getAssessment } from '../../api/assessments';
import { listCompetencies } from '../../api/competencies';
import { Alert } from '../../components/Alert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { AssessmentSummaryLine } from './AssessmentSummaryLine';
import { AssignmentPanel } from './AssignmentPanel';
import { EDITOR_TABS, EditorTabs, panelId, tabId, type EditorTab } from './EditorTabs';
import { QuestionBankPanel } from './QuestionBankPanel';
import { SettingsPanel } from './SettingsPanel';
import { WorkbookPanel } from './WorkbookPanel';
import './authoring.css';

async function loadEditor(id: string, signal: AbortSignal) {
  const [assessment, competencies] = await Promise.all([getAssessment(id, signal), listCompetencies(signal)]);
  return { assessment, competencies };
}

/** One assessment: settings, questions, workbook import/export and assignment, as tabs. */
export function AssessmentEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, error, reload } = useLoader((signal) => loadEditor(id, signal), id);
  const [justCreated] = useState(() => Boolean((location.state as { created?: boolean } | null)?.created));
  const requested = searchParams.get('tab') as EditorTab | null;
  const tab: EditorTab = requested && EDITOR_TABS.includes(requested) ? requested : 'settings';

  if (error) {
    return (
      <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }}>
        {errorMessage(t, error)}
      </Alert>
    );
  }
  if (!data) return <LoadingState />;
  const { assessment, competencies } = data;

  return (
    <>
      <Link to="/hc/assessments" className="back-link">
        {t('authoring.editor.back')}
      </Link>
      <PageHeader title={assessment.title} />
      <AssessmentSummaryLine assessment={assessment} />
      {justCreated && <Alert tone="success">{t('authoring.editor.created')}</Alert>}
      {assessment.locked && (
        <Alert tone="warning" testId="locked-notice">
          {t('authoring.editor.lockedNotice')}
        </Alert>
      )}
      <EditorTabs current={tab} onSelect={(next) => setSearchParams({ tab: next }, { replace: true })} />
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} className="tab-panel">
        {tab === 'settings' && <SettingsPanel assessment={assessment} competencies={competencies} onSaved={reload} />}
        {tab === 'questions' && <QuestionBankPanel assessment={assessment} onChanged={reload} />}
        {tab === 'workbook' && <WorkbookPanel assessment={assessment} onImported={reload} />}
        {tab === 'assignment' && <AssignmentPanel assessment={assessment} onChanged={reload} />}
      </div>
    </>
  );
}
