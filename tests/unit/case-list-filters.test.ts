import { describe, expect, it } from 'vitest';
import { parseCaseListFilters } from '@/lib/cases/case-list-filters';

describe('the case list’s filters', () => {
  it('keeps good values and drops bad ones with a message', () => {
    const { filters, errors } = parseCaseListFilters({
      status: 'CLOSED',
      risk: 'EXTREME',
      from: '31/2/2026',
      page: '2',
      q: "x' OR 1=1",
    });
    expect(filters).toMatchObject({ status: 'CLOSED', page: 2 });
    expect(filters.risk).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['from', 'q', 'risk']);
  });

  it('treats empty values as no filter', () => {
    expect(parseCaseListFilters({ status: '', school: '' }).errors).toEqual({});
  });
});
