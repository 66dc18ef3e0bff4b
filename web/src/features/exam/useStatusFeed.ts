import { useEffect, useRef } from 'react';
import { ApiError } from '../../api/errors';
import { fetchSessionStatus, sendHeartbeat, sessionEventsUrl } from '../../api/sessions';

/** A status change of the session, pushed (with a reason) or polled (without). */
export interface StatusReport {
  status: string;
  reason?: string | null;
  remainingMs: number | null;
  /** HC paused the exam: the time left stands still. */
  paused?: boolean;
  /** Polled: another device of the worker holds the exam now (pushed: reason `taken_over`). */
  takenOver?: boolean;
}

const POLL_MS = 30_000;
const HEARTBEAT_MS = 30_000;

/**
 * Keeps the exam page told about its session: the server pushes status changes over an
 * EventSource (HC close, extension, pause, submit elsewhere); a 30 s poll covers a stream that is
 * down, and runs at once after a reconnect or when the tab becomes visible again, since an event
 * may have been missed meanwhile. A 30 s heartbeat tells HC the worker is still there.
 */
export function useStatusFeed(sessionId: string, active: boolean, onStatus: (report: StatusReport) => void): void {
  const onStatusRef = useRef(onStatus);
  onStatusRef.current = onStatus;

  useEffect(() => {
    if (!active) return;
    const poll = () =>
      fetchSessionStatus(sessionId)
        .then((report) => onStatusRef.current(report))
        .catch(() => {});
    const beat = () =>
      sendHeartbeat(sessionId)
        .then((reply) => {
          if (reply.status !== 'in_progress') void poll();
        })
        .catch((error: unknown) => {
          // Refused because another device holds the exam: the poll says so (its `takenOver`).
          if (error instanceof ApiError && error.code === 'taken_over') void poll();
        });

    const source = new EventSource(sessionEventsUrl(sessionId));
    let connectedBefore = false;
    source.addEventListener('open', () => {
      if (connectedBefore) void poll();
      connectedBefore = true;
    });
    source.addEventListener('status', (event) => {
      try {
        onStatusRef.current(JSON.parse((event as MessageEvent<string>).data) as StatusReport);
      } catch (error) {
        console.error('Unreadable session status event', error);
      }
    });
    const pollTimer = setInterval(poll, POLL_MS);
    const beatTimer = setInterval(beat, HEARTBEAT_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void poll();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      source.close();
      clearInterval(pollTimer);
      clearInterval(beatTimer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [sessionId, active]);
}
