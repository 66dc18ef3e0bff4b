import type { AuditQuery } from '../../api/records';
import { wibDayRange } from './auditView';

/** The audit log filters as the page keeps them in its address: ids, an action, WIB days (YYYY-MM-DD). */
export interface AuditFilterValues {
  actor: string;
  action: string;
  from: string;
  to: string;
}

export const FILTER_NAMES = ['actor', 'action', 'from', 'to'] as const;

export function filtersFrom(params: URLSearchParams): AuditFilterValues {
  return { actor: params.get('actor') ?? '', action: params.get('action') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
}

/** The GET /api/audit query for the filters: empty ones left out, days as a WIB range. */
export function queryOf(filters: AuditFilterValues): Omit<AuditQuery, 'before' | 'limit'> {
  const { from, to } = wibDayRange(filters.from, filters.to);
  return { actor: filters.actor || undefined, action: filters.action || undefined, from, to };
}
