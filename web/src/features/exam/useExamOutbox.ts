import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SessionView } from '../../api/sessions';
import { AnswerOutbox, type OutboxSnapshot } from './autosave/outbox';
import { browserStorage, OutboxStore } from './autosave/outboxStore';
import { sessionOutboxTransport } from './autosave/outboxTransport';
import { answersAfterResume, pageAfterResume } from './resume';

export type Answers = Record<string, string | null>;

export interface ExamAnswers {
  outbox: AnswerOutbox;
  answers: Answers;
  /** The page to open: where the worker was, on this device or the last one the server heard of. */
  initialPage: number;
  choose(questionId: string, optionId: string | null): void;
  /** Questions whose choice the server refused as stale: they now show the server's answer. */
  refused: string[];
  dismissRefused(): void;
}

/**
 * The answers on screen and the outbox behind them. On mount the outbox resumes against the
 * server view: unsent changes from an earlier visit are replayed and shown on top of the server's
 * answers. A choice shows at once and goes to the outbox; answers another tab or device saved
 * later than this one replace what is shown. Tabs of one browser share the outbox's storage and
 * follow each other through its `storage` events. A choice the server refused as stale is
 * replaced by the server's answer and listed in `refused`, so the page can say so.
 */
export function useExamAnswers(view: SessionView): ExamAnswers | null {
  const [answers, setAnswers] = useState<Answers>(view.answers);
  const answersRef = useRef(answers);
  answersRef.current = answers;
  const [refused, setRefused] = useState<string[]>([]);
  const [resumed, setResumed] = useState<{ outbox: AnswerOutbox; initialPage: number } | null>(null);

  useEffect(() => {
    const store = new OutboxStore(browserStorage(), view.id, (error) => console.warn('The exam outbox could not use browser storage', error));
    const outbox = new AnswerOutbox({
      store,
      transport: sessionOutboxTransport(view.id),
      onServerAnswer: (questionId, optionId, source) => {
        if (source === 'refused' && (answersRef.current[questionId] ?? null) !== optionId) {
          setRefused((current) => (current.includes(questionId) ? current : [...current, questionId]));
        }
        setAnswers((current) => ({ ...current, [questionId]: optionId }));
      },
      onRejected: (what, reason) => console.error(`The server refused ${what}: ${reason}`),
    });
    const kept = outbox.resume(view.answerSeq);
    setAnswers(answersAfterResume(view, kept.answers));
    setResumed({ outbox, initialPage: pageAfterResume(view, kept.position) });

    // The browser knows about the network before a request fails: show it, and retry on its return.
    const online = () => outbox.retryNow();
    const offline = () => outbox.markOffline();
    // Another tab of this exam changed the shared outbox: catch up with it.
    const otherTab = (event: StorageEvent) => {
      if (event.key === store.key) outbox.syncFromStorage();
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    window.addEventListener('storage', otherTab);
    if (!navigator.onLine) outbox.markOffline();
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      window.removeEventListener('storage', otherTab);
      outbox.stop();
    };
  }, [view]);

  const outbox = resumed?.outbox;
  const choose = useCallback(
    (questionId: string, optionId: string | null) => {
      if (!outbox) return;
      setAnswers((current) => ({ ...current, [questionId]: optionId }));
      setRefused((current) => current.filter((id) => id !== questionId));
      outbox.record(questionId, optionId);
    },
    [outbox],
  );
  const dismissRefused = useCallback(() => setRefused([]), []);

  return resumed ? { outbox: resumed.outbox, initialPage: resumed.initialPage, answers, choose, refused, dismissRefused } : null;
}

/** The outbox's live state (waiting, sending, offline …) for rendering. */
export function useOutboxSnapshot(outbox: AnswerOutbox): OutboxSnapshot {
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
}
