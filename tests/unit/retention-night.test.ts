import { describe, expect, it } from 'vitest';
import { isRetentionNight } from '@/lib/retention/run-retention';
import { describePolicyChange } from '@/lib/retention/describe-policy-change';

describe('retention timing and wording', () => {
  it('runs between 01:00 and 05:00 UK time, in winter and in summer', () => {
    expect(isRetentionNight(new Date('2026-01-15T00:59:00Z'))).toBe(false);
    expect(isRetentionNight(new Date('2026-01-15T01:00:00Z'))).toBe(true);
    expect(isRetentionNight(new Date('2026-01-15T05:00:00Z'))).toBe(false);
    // 00:30 UTC in July is 01:30 BST.
    expect(isRetentionNight(new Date('2026-07-15T00:30:00Z'))).toBe(true);
    expect(isRetentionNight(new Date('2026-07-15T04:30:00Z'))).toBe(false);
  });

  it('says what a change would do before it is saved', () => {
    const text = describePolicyChange({
      current: { now: 0, byHorizon: 2 },
      proposed: { now: 12, byHorizon: 15 },
    });
    expect(text).toContain('12 concerns would be deleted immediately');
    expect(text).toContain('3 more concerns would become due for deletion in the next 30 days');
    expect(text).toContain('0 concerns immediately and 2 more concerns in 30 days');
  });
});
