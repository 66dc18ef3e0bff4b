import { useState } from 'react';
import type { SessionView } from '../../api/sessions';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { PausedScreen, TakenOverScreen } from './ExamOnHold';
import { useStatusFeed } from './useStatusFeed';

/**
 * An exam opened while HC has it paused: the server sent no questions, so there is nothing to
 * show until HC resumes it; then (or when it ends) the exam is loaded again with `onReload`.
 * A take-over meanwhile is shown, never silently undone.
 */
export function PausedExam({ view, onReload }: { view: SessionView; onReload: () => void }) {
  const [takenOver, setTakenOver] = useState(false);
  useDocumentTitle(view.title);
  useStatusFeed(view.id, !takenOver, (report) => {
    if (report.reason === 'taken_over' || report.takenOver) setTakenOver(true);
    else if (report.status !== 'in_progress' || !report.paused) onReload();
  });
  if (takenOver) return <TakenOverScreen title={view.title} waiting={0} onContinue={onReload} />;
  return <PausedScreen title={view.title} />;
}
