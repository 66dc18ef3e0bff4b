import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createAssessment } from '../../api/assessments';
import { listCompetencies } from '../../api/competencies';
import { Alert } from '../../components/Alert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { AssessmentForm } from './AssessmentForm';
import { assessmentPayload, newAssessmentValues } from './assessmentFormValues';
import './authoring.css';

/** Creating an assessment: its settings first, then the editor opens on the Questions tab. */
export function NewAssessmentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: competencies, error, reload } = useLoader(listCompetencies, 'competencies');

  return (
    <>
      <Link to="/hc/assessments" className="back-link">
        {t('authoring.editor.back')}
      </Link>
      <PageHeader title={t('authoring.editor.newTitle')} description={t('authoring.editor.newIntro')} />
      {error ? (
        <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }}>
          {errorMessage(t, error)}
        </Alert>
      ) : !competencies ? (
        <LoadingState />
      ) : (
        <section className="card">
          <AssessmentForm
            initial={newAssessmentValues()}
            locked={false}
            competencies={competencies}
            submitLabel={t('authoring.editor.create')}
            onSave={async (values) => {
              const created = await createAssessment(assessmentPayload(values));
              navigate(`/hc/assessments/${created.id}?tab=questions`, { state: { created: true } });
            }}
          />
        </section>
      )}
    </>
  );
}
