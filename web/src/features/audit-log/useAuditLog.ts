import { useCallback, useRef, useState } from 'react';
import { listAuditEntries, type AuditEntry, type AuditQuery } from '../../api/records';
import { useLoader } from '../../hooks/useLoader';

export interface AuditLogState {
  entries: AuditEntry[] | null;
  error: unknown;
  loading: boolean;
  /** True while older entries exist beyond those loaded. */
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

interface Pages {
  key: string;
  entries: AuditEntry[];
  nextBefore: number | null;
}

/**
 * The audit log for `query`, newest first, one page at a time: the first page whenever the query
 * changes (an older request's late answer is dropped), then older pages appended on `loadMore`.
 */
export function useAuditLog(query: Omit<AuditQuery, 'before' | 'limit'>): AuditLogState {
  const key = JSON.stringify(query);
  // The older page asked for, with the query it belongs to: a new query starts from the newest.
  const [cursor, setCursor] = useState<{ key: string; before: number } | null>(null);
  const before = cursor?.key === key ? cursor.before : undefined;
  // The pages last shown, so an older page is appended to them when it arrives.
  const shown = useRef<Pages | null>(null);
  const { data: pages, error, loading, reload: reloadPage } = useLoader<Pages>(
    (signal) =>
      listAuditEntries({ ...query, before }, signal).then((page) => ({
        key,
        entries:
          before !== undefined && shown.current?.key === key ? [...shown.current.entries, ...page.entries] : page.entries,
        nextBefore: page.nextBefore,
      })),
    `${key}|${before ?? ''}`,
  );
  shown.current = pages ?? null;

  const current = pages?.key === key ? pages : null;
  const nextBefore = current?.nextBefore ?? null;
  const loadMore = useCallback(() => {
    if (nextBefore !== null) setCursor({ key, before: nextBefore });
  }, [key, nextBefore]);
  const reload = useCallback(() => {
    setCursor(null);
    reloadPage();
  }, [reloadPage]);
  return { entries: current?.entries ?? null, error, loading, hasMore: nextBefore !== null, loadMore, reload };
}
