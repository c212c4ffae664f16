// References and receipt codes: short, easy to read aloud and to copy from a phone. The alphabet leaves out
// characters people confuse (0/O, 1/I/L) and vowels that could spell words.
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

export const CODE_ALPHABET = '23456789BCDFGHJKMNPQRSTVWXYZ';

function randomCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

function group(code: string, size: number): string {
  return code.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? code;
}

/** A concern's reference, such as "K7QM-4X9T": 28^8 ≈ 3.8 × 10^11 values; uniqueness is enforced by the database. */
export function newReference(): string {
  return group(randomCode(8), 4);
}

/** The reporter's secret: 16 characters (about 77 bits), shown once and never stored. */
export function newReceiptCode(): string {
  return group(randomCode(16), 4);
}

/** Accepts what a person types: any case, spaces or dashes anywhere. Returns the canonical form or null. */
export function normaliseCode(input: string, length: 8 | 16): string | null {
  const compact = input.toUpperCase().replace(/[\s-]+/g, '');
  if (compact.length !== length) return null;
  for (const ch of compact) if (!CODE_ALPHABET.includes(ch)) return null;
  return group(compact, 4);
}

/**
 * Whether what a parent typed back is the secret code they were shown: the whole code, or only its last
 * group of four (easier on a phone, and still proof they copied it). Spaces, dashes and case are forgiven.
 * Compared in constant time, as digests of equal length, so the time taken says nothing about the code.
 */
export function typedCodeMatches(shownCode: string, typed: string): boolean {
  const compact = (value: string) => value.toUpperCase().replace(/[\s-]+/g, '');
  const shown = compact(shownCode);
  const given = compact(typed);
  const expected = given.length === shown.length ? shown : shown.slice(-4);
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return given.length > 0 && timingSafeEqual(digest(expected), digest(given));
}
