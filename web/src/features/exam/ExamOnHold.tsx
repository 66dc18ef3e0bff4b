import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { useFocusOnMount } from '../../hooks/useFocusOnMount';
import { ExamTopBar } from './ExamTopBar';

/** A running exam the worker cannot work on right now: a heading, why, and what to do. No questions. */
function OnHoldFrame({ title, testId, heading, status, children }: { title: string; testId: string; heading: string; status?: ReactNode; children: ReactNode }) {
  // The questions (and whatever had the focus) are gone: the focus goes to the heading that says why.
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="exam-page">
      <ExamTopBar title={title}>{status}</ExamTopBar>
      <main id="main" className="exam-main exam-main-narrow">
        <section className="card exam-on-hold" data-testid={testId} aria-labelledby={`${testId}-heading`}>
          <h1 id={`${testId}-heading`} ref={headingRef} tabIndex={-1}>
            {heading}
          </h1>
          {children}
        </section>
      </main>
    </div>
  );
}

/**
 * Another device of the worker opened the exam, so this one may change nothing. "Continue here"
 * starts the exam again from this device, which takes it back.
 */
export function TakenOverScreen({ title, waiting, onContinue }: { title: string; waiting: number; onContinue: () => void }) {
  const { t } = useTranslation();
  return (
    <OnHoldFrame title={title} testId="exam-taken-over" heading={t('exam.takenOver.title')}>
      <p>{t('exam.takenOver.body')}</p>
      {waiting > 0 && <p data-testid="taken-over-waiting">{t('exam.takenOver.waiting', { count: waiting })}</p>}
      <button type="button" className="button button-primary" onClick={onContinue} data-testid="continue-here">
        {t('exam.takenOver.continue')}
      </button>
    </OnHoldFrame>
  );
}

/** HC paused the exam: the clock (`timer`, standing still) stays in sight, the questions stay hidden until HC resumes it. */
export function PausedScreen({ title, timer }: { title: string; timer?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <OnHoldFrame title={title} testId="exam-paused" heading={t('exam.pausedScreen.title')} status={timer}>
      <p>{t('exam.paused')}</p>
    </OnHoldFrame>
  );
}
