import { describe, expect, it } from 'vitest';
import { binomialUpperTail, testForRise } from '@/lib/trends/early-warning-method';
import { normalisePlatformName } from '@/lib/trends/normalise-platform-name';

describe('early-warning method', () => {
  it('computes exact binomial tails', () => {
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    expect(binomialUpperTail(10, 10, 0.5)).toBeCloseTo(1 / 1024, 10);
    expect(binomialUpperTail(3, 5, 0.5)).toBeCloseTo(0.5, 10);
  });

  it('does not flag a steady series (2 a week for 14 weeks)', () => {
    const result = testForRise(4, 24, 8);
    expect(result.expected).toBeCloseTo(4);
    expect(result.flagged).toBe(false);
  });

  it('flags a real rise: 20 in 14 days against 2 a week before', () => {
    const result = testForRise(20, 24, 8);
    expect(result.pValue).toBeLessThan(0.001);
    expect(result.flagged).toBe(true);
  });

  it('does not flag a small jump from nothing, however unlikely, below the minimum count', () => {
    const result = testForRise(5, 0, 8);
    expect(result.pValue).toBeLessThan(0.01);
    expect(result.flagged).toBe(false);
  });

  it('does not flag normal noise on a busy platform', () => {
    // 50 a week; 110 in a fortnight is within ordinary variation.
    expect(testForRise(110, 600, 8).flagged).toBe(false);
    expect(testForRise(160, 600, 8).flagged).toBe(true);
  });

  it('normalises names typed by parents', () => {
    expect(normalisePlatformName('  ChatZone<script>  APP ')).toBe('chatzone script app');
  });
});
