import { useCallback, useEffect, useState } from 'react';
import { listAuditEntries, type AuditEntry, type AuditQuery } from '../../api/records';

export interface AuditLogState {
  entries: AuditEntry[] | null;
  error: unknown;
  loading: boolean;
  /** True while older entries exist beyond those loaded. */
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/**
 * The audit log for `query`, newest first, one page at a time: the first page whenever the query
 * changes (an older request's late answer is dropped), then older pages appended on `loadMore`.
 */
export function useAuditLog(query: Omit<AuditQuery, 'before' | 'limit'>): AuditLogState {
  const key = JSON.stringify(query);
  const [pages, setPages] = useState<{ key: string; entries: AuditEntry[]; nextBefore: number | null } | null>(null);
  // The older page asked for, with the query it belongs to: a new query starts from the newest.
  const [cursor, setCursor] = useState<{ key: string; before: number } | null>(null);
  const before = cursor?.key === key ? cursor.before : undefined;
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    listAuditEntries({ ...(JSON.parse(key) as AuditQuery), before }, controller.signal)
      .then((page) => {
        if (controller.signal.aborted) return;
        setPages((shown) => ({
          key,
          entries: before !== undefined && shown?.key === key ? [...shown.entries, ...page.entries] : page.entries,
          nextBefore: page.nextBefore,
        }));
        setError(null);
      })
      .catch((cause: unknown) => {
        if (!controller.signal.aborted) setError(cause);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [key, before, generation]);

  const current = pages?.key === key ? pages : null;
  const nextBefore = current?.nextBefore ?? null;
  const loadMore = useCallback(() => {
    if (nextBefore !== null) setCursor({ key, before: nextBefore });
  }, [key, nextBefore]);
  const reload = useCallback(() => {
    setCursor(null);
    setGeneration((value) => value + 1);
  }, []);
  return { entries: current?.entries ?? null, error, loading, hasMore: nextBefore !== null, loadMore, reload };
}
