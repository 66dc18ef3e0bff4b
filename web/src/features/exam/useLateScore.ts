import { useEffect, useState } from 'react';
import { retryDelayMs } from './autosave/backoff';
import { loadEnding, type ExamEnding } from './examEnding';

/**
 * An outcome shown without its stored result (it could not be read: the network was down, or the
 * server had not ended the session yet; the score may still have come with the submit response)
 * keeps asking for it, at once when the browser is back online and otherwise with backoff, and
 * shows score, pass mark and review as soon as the server has them. A reset attempt has no result
 * to wait for. Returns `ending`, with the result once it came.
 */
export function useLateScore(sessionId: string, ending: ExamEnding | null): ExamEnding | null {
  const [late, setLate] = useState<ExamEnding | null>(null);
  const waiting = ending !== null && ending.result === null && ending.reason !== 'reset';

  useEffect(() => {
    if (!ending || !waiting) return;
    let attempt = 0;
    let inFlight = false;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      if (inFlight || stopped) return;
      clearTimeout(timer);
      inFlight = true;
      void loadEnding(sessionId, ending.reason, null, ending.unsent).then((loaded) => {
        inFlight = false;
        if (stopped) return;
        if (loaded.result) setLate(loaded);
        else timer = setTimeout(ask, retryDelayMs(++attempt));
      });
    };
    timer = setTimeout(ask, retryDelayMs(++attempt));
    window.addEventListener('online', ask);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', ask);
    };
  }, [sessionId, ending, waiting]);

  return waiting && late ? late : ending;
}
