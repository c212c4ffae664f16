import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, newReceiptCode, newReference, normaliseCode } from '@/lib/concerns/codes';

describe('references and receipt codes', () => {
  it('uses only unambiguous characters, in groups of four', () => {
    for (let i = 0; i < 200; i += 1) {
      expect(newReference()).toMatch(/^[23456789BCDFGHJKMNPQRSTVWXYZ]{4}-[23456789BCDFGHJKMNPQRSTVWXYZ]{4}$/);
      expect(newReceiptCode()).toMatch(
        /^([23456789BCDFGHJKMNPQRSTVWXYZ]{4}-){3}[23456789BCDFGHJKMNPQRSTVWXYZ]{4}$/,
      );
    }
    for (const confusable of ['0', 'O', '1', 'I', 'L', 'A', 'E', 'U'])
      expect(CODE_ALPHABET).not.toContain(confusable);
  });

  it('does not repeat itself', () => {
    const seen = new Set(Array.from({ length: 5000 }, () => newReceiptCode()));
    expect(seen.size).toBe(5000);
  });

  it('accepts what a person types and refuses what cannot be a code', () => {
    expect(normaliseCode(' k7qm 4x9t ', 8)).toBe('K7QM-4X9T');
    expect(normaliseCode('k7qm-4x9t', 8)).toBe('K7QM-4X9T');
    expect(normaliseCode('K7QM-4X9', 8)).toBeNull();
    expect(normaliseCode('K7QM-4X90', 8)).toBeNull();
    expect(normaliseCode('<script>', 8)).toBeNull();
    expect(normaliseCode('', 16)).toBeNull();
  });
});
