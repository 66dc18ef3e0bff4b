import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';
import { Alert } from './Alert';
import { EmptyState } from './EmptyState';
import { LoadingState } from './LoadingState';

type Props<T> = {
  items: T[] | null | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
  /** What an empty list says, and its test id. */
  empty: ReactNode;
  emptyTestId: string;
  children: (items: T[]) => ReactNode;
};

/** The four states of a loaded list, the same on every page: failed (with retry), loading, empty, shown. */
export function LoadedList<T>({ items, loading, error, reload, empty, emptyTestId, children }: Props<T>) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert tone="danger" action={{ label: t('common.retry'), onClick: reload }}>
        {errorMessage(t, error)}
      </Alert>
    );
  }
  if (loading && !items) return <LoadingState />;
  if (!items?.length) return <EmptyState testId={emptyTestId}>{empty}</EmptyState>;
  return <>{children(items)}</>;
}
