import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/errors';
import type { SessionView } from '../../api/sessions';
import { reasonFromCode, reasonFromStatus } from './endReason';
import { ExamClock } from './examClock';
import { countAnswered } from './resume';
import { useTimeUp } from './useCountdown';
import { useExamEnding } from './useExamEnding';
import { useOutboxSnapshot, type ExamAnswers } from './useExamOutbox';
import { useStatusFeed, type StatusReport } from './useStatusFeed';

export type RoomMode = 'questions' | 'review';

/** Where to move the keyboard focus after a navigation: the page's heading or one question. */
export type FocusRequest = { target: 'page' } | { target: 'question'; index: number };

/**
 * Everything a running exam page does besides drawing: the page the worker is on, the clock kept
 * in step with the server, the status feed, the ways the exam ends, and whether another device of
 * the worker took the exam over (pushed, polled, or a save, heartbeat or submit refused as
 * `taken_over`): then this page may change nothing until the worker takes it back.
 */
export function useExamRoom(view: SessionView, exam: ExamAnswers) {
  const { outbox } = exam;
  const [clock] = useState(() => {
    const created = new ExamClock();
    created.sync(view.remainingMs, view.paused);
    return created;
  });
  const snapshot = useOutboxSnapshot(outbox);
  const ending = useExamEnding(view.id, outbox);
  const [pageIndex, setPageIndex] = useState(exam.initialPage);
  const pageRef = useRef(exam.initialPage);
  const [mode, setMode] = useState<RoomMode>('questions');
  // Arriving is a navigation too: the first page's heading gets the focus, so the next Tab is the first question.
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>({ target: 'page' });
  const [paused, setPaused] = useState(view.paused);
  const [toldTakenOver, setToldTakenOver] = useState(false);
  const timeUpStarted = useRef(false);
  const { finish, end } = ending;
  const over = ending.ending !== null;
  const takenOver = toldTakenOver || snapshot.takenOver || (ending.finishError instanceof ApiError && ending.finishError.code === 'taken_over');

  const onStatus = useCallback(
    (report: StatusReport) => {
      if (report.status !== 'in_progress') return end(reasonFromStatus(report.status, report.reason));
      if (report.reason === 'taken_over' || report.takenOver) setToldTakenOver(true);
      clock.sync(report.remainingMs, report.paused);
      setPaused(Boolean(report.paused));
      // Saves refused during the pause wait for a backoff timer: send them now.
      if (report.reason === 'resumed') outbox.retryNow();
    },
    [clock, end, outbox],
  );
  useStatusFeed(view.id, !over, onStatus);

  useTimeUp(clock, !over && !paused && !takenOver, () => {
    if (!timeUpStarted.current) timeUpStarted.current = finish('time_up');
  });

  // A save refused because the exam is over (time_up, exam_closed …): submit and show the outcome.
  useEffect(() => {
    if (snapshot.endedCode) finish('refused', reasonFromCode(snapshot.endedCode));
  }, [snapshot.endedCode, finish]);

  const goToPage = useCallback(
    (index: number) => {
      const page = Math.min(Math.max(0, index), view.pageCount - 1);
      // Fire and forget: the page changes now, whatever the network does.
      if (pageRef.current !== page) outbox.moveTo(page);
      pageRef.current = page;
      setPageIndex(page);
      setMode('questions');
      setFocusRequest({ target: 'page' });
    },
    [outbox, view.pageCount],
  );

  const goToQuestion = useCallback(
    (index: number) => {
      goToPage(Math.floor(index / view.questionsPerPage));
      setFocusRequest({ target: 'question', index });
    },
    [goToPage, view.questionsPerPage],
  );

  const openReview = useCallback(() => {
    setMode('review');
    setFocusRequest({ target: 'page' });
  }, []);

  return {
    clock,
    snapshot,
    paused,
    takenOver,
    pageIndex,
    mode,
    focusRequest,
    answeredCount: countAnswered(view.questions, exam.answers),
    goToPage,
    goToQuestion,
    openReview,
    ...ending,
  };
}
