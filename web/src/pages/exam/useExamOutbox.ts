import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { SessionView } from '../../api/sessions';
import { AnswerOutbox, type OutboxSnapshot } from '../../exam/outbox';
import { browserStorage, OutboxStore } from '../../exam/outboxStore';
import { sessionOutboxTransport } from '../../exam/outboxTransport';
import { answersAfterResume, pageAfterResume } from '../../exam/resume';

export type Answers = Record<string, string | null>;

export interface ExamAnswers {
  outbox: AnswerOutbox;
  answers: Answers;
  /** The page to open: where the worker was, on this device or the last one the server heard of. */
  initialPage: number;
  choose(questionId: string, optionId: string | null): void;
}

/**
 * The answers on screen and the outbox behind them. On mount the outbox resumes against the
 * server view: unsent changes from an earlier visit are replayed and shown on top of the server's
 * answers. A choice shows at once and goes to the outbox; answers another tab or device saved
 * later than this one replace what is shown.
 */
export function useExamAnswers(view: SessionView): ExamAnswers | null {
  const [answers, setAnswers] = useState<Answers>(view.answers);
  const [resumed, setResumed] = useState<{ outbox: AnswerOutbox; initialPage: number } | null>(null);

  useEffect(() => {
    const outbox = new AnswerOutbox({
      store: new OutboxStore(browserStorage(), view.id, (error) => console.warn('The exam outbox could not use browser storage', error)),
      transport: sessionOutboxTransport(view.id),
      onServerAnswer: (questionId, optionId) => setAnswers((current) => ({ ...current, [questionId]: optionId })),
      onRejected: (what, reason) => console.error(`The server refused ${what}: ${reason}`),
    });
    const kept = outbox.resume(view.answerSeq);
    setAnswers(answersAfterResume(view, kept.answers));
    setResumed({ outbox, initialPage: pageAfterResume(view, kept.position) });

    // The browser knows about the network before a request fails: show it, and retry on its return.
    const online = () => outbox.retryNow();
    const offline = () => outbox.markOffline();
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    if (!navigator.onLine) outbox.markOffline();
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      outbox.stop();
    };
  }, [view]);

  const outbox = resumed?.outbox;
  const choose = useCallback(
    (questionId: string, optionId: string | null) => {
      if (!outbox) return;
      setAnswers((current) => ({ ...current, [questionId]: optionId }));
      outbox.record(questionId, optionId);
    },
    [outbox],
  );

  return resumed ? { outbox: resumed.outbox, initialPage: resumed.initialPage, answers, choose } : null;
}

/** The outbox's live state (waiting, sending, offline …) for rendering. */
export function useOutboxSnapshot(outbox: AnswerOutbox): OutboxSnapshot {
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
}
