import { describe, expect, it } from 'vitest';
import { filtersFrom, queryOf } from './auditFilters';

describe('audit filters', () => {
  it('reads the filters from the address and leaves empty ones out of the query', () => {
    const filters = filtersFrom(new URLSearchParams('actor=u1&from=2026-11-30'));
    expect(filters).toEqual({ actor: 'u1', action: '', from: '2026-11-30', to: '' });
    expect(queryOf(filters)).toEqual({ actor: 'u1', action: undefined, from: '2026-11-29T17:00:00.000Z', to: undefined });
    expect(JSON.stringify(queryOf(filtersFrom(new URLSearchParams())))).toBe('{}');
  });
});
