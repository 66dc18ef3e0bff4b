import { useCallback, useEffect, useRef, useState } from 'react';
import { submitSession, type SubmitResult } from '../../api/sessions';
import { reasonFromCode, type EndReason } from './endReason';
import { loadEnding, type ExamEnding } from './examEnding';
import { finishExam, sleep } from './finishExam';
import type { AnswerOutbox } from './autosave/outbox';

/** Who asks to finish: the worker's submit, the clock at zero, or the server refusing a save. */
export type FinishTrigger = 'submit' | 'time_up' | 'refused';

/** The server takes saves for a few seconds past the deadline; waiting longer only delays the outcome. */
const TIME_UP_DRAIN_LIMIT_MS = 4_000;

export interface ExamEndingControls {
  /** Set while the last answers go out and the submit runs. */
  finishing: FinishTrigger | null;
  finishError: unknown;
  /** The server said the exam is over; its outcome is on the way. */
  closing: boolean;
  ending: ExamEnding | null;
  /** Starts finishing; false when it is already under way or the exam has ended. */
  finish(trigger: FinishTrigger, hint?: EndReason | null): boolean;
  cancelFinish(): void;
  /** The server ended the exam (pushed or polled status): show the outcome. */
  end(hint: EndReason | null, submitted?: SubmitResult): void;
}

/**
 * The ways an exam ends on this page. Finishing drains the outbox, then submits (see finishExam);
 * ending stops the outbox, loads the result and shows it. Each happens once, whichever of the
 * submit, the clock, the server push or the poll gets there first.
 */
export function useExamEnding(sessionId: string, outbox: AnswerOutbox): ExamEndingControls {
  const [finishing, setFinishing] = useState<FinishTrigger | null>(null);
  const [finishError, setFinishError] = useState<unknown>(null);
  const [ending, setEnding] = useState<ExamEnding | null>(null);
  const [closing, setClosing] = useState(false);
  const endedRef = useRef(false);
  const flowRef = useRef<AbortController | null>(null);
  // Why the running finish started: the server's push of our own submit may beat its response.
  const flowHintRef = useRef<EndReason | null>(null);

  const end = useCallback(
    (hint: EndReason | null, submitted?: SubmitResult) => {
      if (endedRef.current) return;
      endedRef.current = true;
      setClosing(true);
      flowRef.current?.abort();
      outbox.stop();
      const unsent = outbox.getSnapshot().waiting;
      void loadEnding(sessionId, hint ?? flowHintRef.current, submitted ?? null, unsent).then((loaded) => {
        setEnding(loaded);
        // The outcome is on screen: what is left in the outbox can never be saved any more.
        outbox.discard();
      });
    },
    [sessionId, outbox],
  );

  const finish = useCallback(
    (trigger: FinishTrigger, hint: EndReason | null = null) => {
      if (endedRef.current || flowRef.current) return false;
      const controller = new AbortController();
      flowRef.current = controller;
      setFinishing(trigger);
      setFinishError(null);
      const endHint = hint ?? (trigger === 'submit' ? 'submitted' : trigger === 'time_up' ? 'time_up' : null);
      flowHintRef.current = endHint;
      finishExam(
        {
          drain: (signal) => outbox.drain(signal),
          submit: () => submitSession(sessionId),
          sleep,
          drainLimitMs: trigger === 'submit' ? undefined : TIME_UP_DRAIN_LIMIT_MS,
        },
        controller.signal,
      )
        .then((result) => {
          if (result.kind === 'submitted') end(endHint, result.result);
          else if (result.kind === 'ended') end(reasonFromCode(result.code) ?? endHint);
        })
        .catch((error: unknown) => setFinishError(error))
        .finally(() => {
          flowRef.current = null;
          flowHintRef.current = null;
          if (!endedRef.current) setFinishing(null);
        });
      return true;
    },
    [sessionId, outbox, end],
  );

  const cancelFinish = useCallback(() => flowRef.current?.abort(), []);

  useEffect(() => () => flowRef.current?.abort(), []);

  return { finishing, finishError, closing, ending, finish, cancelFinish, end };
}
