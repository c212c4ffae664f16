import 'server-only';
import type { KeyProvider } from '@/lib/encryption/keyring';

/**
 * What a likely match is found by, since names are encrypted: a keyed hash (HMAC) of the school and the
 * first letter of the name as given. Parents give a first name, a nickname or initials ("Amira", "A.K."),
 * so the first letter is what those share; the school and year group narrow it to a handful of records,
 * which are then decrypted and ranked by the whole name. The school is in the hash so equal keys never
 * link children across schools, and the key cannot be reversed without the hash key.
 */
export function childNameKey(keys: KeyProvider, schoolId: string, name: string): string {
  return keys.hash('ChildRecord.nameKey', `${schoolId}:${firstLetter(name)}`);
}

/** The name folded for comparison: no accents, no case, single spaces, no dots ("A. K." is "a k"). */
export function normaliseChildName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function firstLetter(name: string): string {
  return normaliseChildName(name).match(/\p{L}/u)?.[0] ?? '?';
}
