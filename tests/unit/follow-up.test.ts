import { describe, expect, it } from 'vitest';
import { statusInPlainWords } from '@/lib/follow-up/status-words';
import { openReceipt, sealReceipt } from '@/lib/reporting/seal-receipt';

describe('status in plain words', () => {
  it('gives a parent three states, never staff’s internal steps', () => {
    expect(statusInPlainWords('NEW').tag).toBe('Received');
    for (const status of ['OPENED', 'UNDER_REVIEW', 'ACTION_TAKEN', 'REFERRED'] as const)
      expect(statusInPlainWords(status).tag).toBe('Being looked at');
    expect(statusInPlainWords('CLOSED').tag).toBe('Closed');
  });
});

describe('sealed receipt', () => {
  it('opens only with the journey’s own token', () => {
    const sealed = sealReceipt('token-a', 'BCDF-GHJK-MNPQ-RSTV');
    expect(sealed).not.toContain('BCDF');
    expect(openReceipt('token-a', sealed)).toBe('BCDF-GHJK-MNPQ-RSTV');
    expect(openReceipt('token-b', sealed)).toBeNull();
  });
});
