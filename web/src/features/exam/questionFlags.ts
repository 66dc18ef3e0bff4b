import { useCallback, useState } from 'react';

const storageKey = (sessionId: string) => `ujian.flags.${sessionId}`;

/** The flagged question ids of a session on this device; empty when storage is unusable or holds garbage. */
export function readFlags(storage: Pick<Storage, 'getItem'>, sessionId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(sessionId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Keeps the flags; a full or blocked storage only costs the flags after a reload, never the exam. */
export function writeFlags(storage: Pick<Storage, 'setItem'>, sessionId: string, flags: readonly string[]): void {
  try {
    storage.setItem(storageKey(sessionId), JSON.stringify(flags));
  } catch (error) {
    console.warn('The question flags could not be stored', error);
  }
}

export interface QuestionFlags {
  flagged: ReadonlySet<string>;
  toggle(questionId: string): void;
}

/**
 * "Review this later" marks the worker sets on questions: only an aid for the worker, so they live
 * in this browser's storage per session (they survive a reload) and never reach the server.
 */
export function useQuestionFlags(sessionId: string): QuestionFlags {
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(() => new Set(readFlags(window.localStorage, sessionId)));
  const toggle = useCallback(
    (questionId: string) =>
      setFlagged((current) => {
        const next = new Set(current);
        if (!next.delete(questionId)) next.add(questionId);
        writeFlags(window.localStorage, sessionId, [...next]);
        return next;
      }),
    [sessionId],
  );
  return { flagged, toggle };
}
