import { describe, expect, it } from 'vitest';
import { casePageTitle } from '@/lib/cases/case-page-title';

describe('a case page’s title', () => {
  it('names the case by its reference, however the address wrote it', () => {
    expect(casePageTitle('K7QM-4X9T', 'record')).toBe('Case K7QM-4X9T: record');
    expect(casePageTitle('k7qm-4x9t', 'print view')).toBe('Case K7QM-4X9T: print view');
  });

  it('repeats nothing from the address that is not a reference', () => {
    expect(casePageTitle('<script>alert(1)</script>', 'record')).toBe('Case: record');
    expect(casePageTitle('0b7e4a34-1d2c-4c8e-9c1e-2f3a4b5c6d7e', 'record')).toBe('Case: record');
    expect(casePageTitle('K7QM-4X9T-EXTRA', 'record')).toBe('Case: record');
  });
});
