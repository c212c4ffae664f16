import 'server-only';
import type { KeyProvider } from '@/lib/encryption/keyring';
import { hashAccountIdentifier } from './hash-account-identifier';
import { normaliseAccountIdentifier } from './normalise-account-identifier';

/**
 * The `ConcernAccountIdentifier` rows of a new concern: what the parent typed for each platform they chose
 * (encrypted on write) and its keyed hash. Names for platforms not chosen, or that normalise to nothing,
 * are dropped. `platformSlugById` holds only the chosen platforms, as checked against today's lists.
 */
export function accountIdentifierRows(
  keys: KeyProvider,
  partnershipId: string,
  accounts: Record<string, string> | undefined,
  platformSlugById: ReadonlyMap<string, string>,
) {
  return [...platformSlugById].flatMap(([platformId, slug]) => {
    const typed = accounts && Object.hasOwn(accounts, platformId) ? accounts[platformId]?.trim() : undefined;
    const normalised = typed ? normaliseAccountIdentifier(slug, typed) : null;
    if (!typed || !normalised) return [];
    const identifierHash = hashAccountIdentifier(keys, platformId, normalised);
    return [{ partnershipId, platformId, identifier: typed, identifierHash }];
  });
}
