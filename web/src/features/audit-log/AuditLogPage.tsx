import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadedList } from '../../components/LoadedList';
import { PageHeader } from '../../components/PageHeader';
import { AuditFilters } from './AuditFilters';
import { FILTER_NAMES, filtersFrom, queryOf, type AuditFilterValues } from './auditFilters';
import { AuditTable } from './AuditTable';
import { useAuditLog } from './useAuditLog';
import './audit-log.css';

/** `/admin/audit`: who changed what and why, filtered by actor, action and WIB days (kept in the address). */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const log = useAuditLog(queryOf(filters));
  const change = (next: AuditFilterValues) => {
    const search = new URLSearchParams();
    for (const name of FILTER_NAMES) if (next[name]) search.set(name, next[name]);
    setParams(search, { replace: true });
  };
  return (
    <>
      <PageHeader title={t('auditLog.title')} description={t('auditLog.intro')} />
      <AuditFilters filters={filters} onChange={change} />
      <LoadedList items={log.entries} loading={log.loading} error={log.error} reload={log.reload} emptyTestId="audit-empty" empty={t('auditLog.empty')}>
        {(entries) => (
          <>
            <AuditTable entries={entries} />
            {log.hasMore && (
              <div className="audit-more">
                <button type="button" className="button button-secondary" onClick={log.loadMore} disabled={log.loading} data-testid="audit-load-more">
                  {log.loading ? t('common.loading') : t('auditLog.loadMore')}
                </button>
              </div>
            )}
          </>
        )}
      </LoadedList>
    </>
  );
}
