import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../api/sessions';
import { Alert } from '../../components/Alert';

/**
 * Says which questions now show the server's answer instead of the worker's choice: the server
 * refused that choice because a newer one, made in another tab or on another device, was saved.
 */
export function StaleAnswerNotice({ questions, questionIds, onDismiss }: { questions: SessionView['questions']; questionIds: string[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  const numbers = questions.flatMap((q, index) => (questionIds.includes(q.id) ? [index + 1] : []));
  if (!numbers.length) return null;
  return (
    <Alert tone="warning" testId="stale-answer-notice" action={{ label: t('exam.staleNotice.dismiss'), onClick: onDismiss }}>
      {t('exam.staleNotice.body', { count: numbers.length, numbers: numbers.join(', ') })}
    </Alert>
  );
}
