import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  newReceiptCode,
  newReference,
  normaliseCode,
  typedCodeMatches,
} from '@/lib/concerns/codes';

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

describe('checking a parent kept their secret code', () => {
  const shown = 'BCDF-GHJK-MNPQ-RSTV';

  it('takes the whole code or its last group of four, forgiving spaces, dashes and case', () => {
    for (const typed of [
      'BCDF-GHJK-MNPQ-RSTV',
      'bcdf ghjk mnpq rstv',
      'BCDFGHJKMNPQRSTV',
      'RSTV',
      ' r-s t v ',
    ])
      expect(typedCodeMatches(shown, typed)).toBe(true);
  });

  it('refuses any other group, a wrong character, a part of a group and nothing at all', () => {
    for (const typed of ['BCDF', 'MNPQ', 'RSTW', 'STV', 'BCDF-GHJK-MNPQ-RSTW', 'GHJK-MNPQ-RSTV', '', '    '])
      expect(typedCodeMatches(shown, typed)).toBe(false);
  });
});
