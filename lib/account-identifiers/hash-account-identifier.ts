import 'server-only';
import type { KeyProvider } from '@/lib/encryption/keyring';

/**
 * The keyed hash two reports of one account share: HMAC of the platform and the normalised identifier
 * (normalise-account-identifier.ts), under a key of its own in the keyring. Matching compares these, so
 * it never reads an identifier; without the key, a guessed name cannot be checked against the table.
 */
export function hashAccountIdentifier(keys: KeyProvider, platformId: string, normalised: string): string {
  return keys.hash('AccountIdentifier', `${platformId}\n${normalised}`);
}
