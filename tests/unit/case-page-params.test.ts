import { describe, expect, it } from 'vitest';
import { casePageParams } from '@/app/cases/[reference]/case-page-params';

describe('the case page’s address', () => {
  it('reads one form and a page of the access log', () => {
    expect(casePageParams({ action: 'referral', accessPage: '3' })).toEqual({
      action: 'referral',
      accessPage: 3,
    });
    expect(casePageParams({ action: ['note', 'decision'], accessPage: ['2', '9'] })).toEqual({
      action: 'note',
      accessPage: 2,
    });
  });

  it('ignores anything else rather than failing', () => {
    expect(casePageParams({})).toEqual({ action: null, accessPage: null });
    expect(casePageParams({ action: '<script>', accessPage: '-1' })).toEqual({
      action: null,
      accessPage: null,
    });
    expect(casePageParams({ action: 'note', accessPage: '1e9' })).toEqual({
      action: 'note',
      accessPage: null,
    });
    expect(casePageParams({ accessPage: '99999999' })).toEqual({ action: null, accessPage: null });
  });
});
