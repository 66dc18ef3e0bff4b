import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { deleteAssessment, updateAssessment, type Assessment } from '../../api/assessments';
import type { Competency } from '../../api/competencies';
import { Alert } from '../../components/Alert';
import { AssessmentForm } from './AssessmentForm';
import { assessmentChanges, assessmentValues } from './assessmentFormValues';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeError } from './describeError';

interface SettingsPanelProps {
  assessment: Assessment;
  competencies: Competency[];
  onSaved: () => void;
}

/** The settings form of an existing assessment, and deleting it while nobody has started. */
export function SettingsPanel({ assessment, competencies, onSaved }: SettingsPanelProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const initial = assessmentValues(assessment);

  return (
    <section className="card" aria-label={t('authoring.editor.tabs.settings')}>
      {saved && (
        <Alert tone="success" testId="assessment-saved">
          {t('authoring.editor.saved')}
        </Alert>
      )}
      <AssessmentForm
        key={assessment.updatedAt}
        initial={initial}
        locked={assessment.locked}
        competencies={competencies}
        submitLabel={t('common.save')}
        onSave={async (values) => {
          setSaved(false);
          const changes = assessmentChanges(initial, values);
          if (Object.keys(changes).length) await updateAssessment(assessment.id, changes);
          setSaved(true);
          onSaved();
        }}
      />
      {!assessment.locked && (
        <div className="danger-zone">
          <div>
            <h2>{t('authoring.editor.deleteTitle')}</h2>
            <p className="muted">{t('authoring.editor.deleteHint')}</p>
          </div>
          <button type="button" className="button button-danger-outline" onClick={() => setConfirming(true)} data-testid="delete-assessment">
            {t('authoring.editor.delete')}
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('authoring.editor.deleteTitle')}
          message={t('authoring.editor.deleteConfirm', { title: assessment.title })}
          confirmLabel={t('authoring.editor.delete')}
          describe={(error) => describeError(t, error)}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await deleteAssessment(assessment.id);
            navigate('/hc/assessments', { replace: true });
          }}
        />
      )}
    </section>
  );
}
