import { imageUrlOf } from '@common/schemas/images';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getAssessment } from '../../api/assessments';
import { listPackages } from '../../api/questionBank';
import { Alert } from '../../components/Alert';
import { LoadingState } from '../../components/LoadingState';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useLoader } from '../../hooks/useLoader';
import { errorMessage } from '../../i18n/errorMessage';
import { ExamTopBar } from '../exam/ExamTopBar';
import { editorQuestionsPath } from './paths';
import { PreviewRoom, type PreviewExam } from './PreviewRoom';
import '../exam/exam.css';
import './preview.css';

/** Like the session view (server/domain/delivery/session-view.ts): the image's id and where to load it. */
const imageOf = ({ imageId }: { imageId: string | null }) => ({ imageId, imageUrl: imageId && imageUrlOf(imageId) });

/** The package as a worker receives it: question and option texts only, the correct answers left out. */
async function loadPreview(assessmentId: string, packageId: string, signal: AbortSignal): Promise<PreviewExam | null> {
  const [assessment, packages] = await Promise.all([getAssessment(assessmentId, signal), listPackages(assessmentId, signal)]);
  const pkg = packages.find((p) => p.id === packageId);
  if (!pkg) return null;
  return {
    title: assessment.title,
    packageName: pkg.name,
    questions: pkg.questions.map((q) => ({ id: q.id, text: q.text, ...imageOf(q), options: q.options.map((o) => ({ id: o.id, text: o.text, ...imageOf(o) })) })),
    questionsPerPage: assessment.questionsPerPage,
    durationMs: assessment.durationMinutes * 60_000,
    shuffled: assessment.shuffleQuestions || assessment.shuffleOptions,
    editorPath: editorQuestionsPath(assessmentId),
  };
}

/** `/hc/assessments/:id/preview/:packageId`: HC tries a package as a worker would; nothing counts. */
export function PreviewExamPage() {
  const { t } = useTranslation();
  const { id = '', packageId = '' } = useParams();
  const { data: exam, error, reload } = useLoader((signal) => loadPreview(id, packageId, signal), `preview-${id}-${packageId}`);
  useDocumentTitle(exam ? `${t('preview.banner')} · ${exam.title}` : t('preview.banner'));

  if (error || exam === null || exam?.questions.length === 0) {
    return (
      <div className="exam-page">
        <ExamTopBar />
        <main id="main" className="exam-main exam-main-narrow">
          <Alert tone="danger" action={error ? { label: t('common.retry'), onClick: reload } : undefined} testId="preview-error">
            {error ? errorMessage(t, error) : t(exam === null ? 'preview.noPackage' : 'preview.noQuestions')}
          </Alert>
          <Link to={editorQuestionsPath(id)}>{t('preview.exit')}</Link>
        </main>
      </div>
    );
  }
  if (!exam) return <LoadingState fullPage />;
  return <PreviewRoom exam={exam} />;
}
