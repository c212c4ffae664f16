import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { EncryptionError } from './cipher';
import type { EncryptedModel } from './encrypted-fields';

// Whose data key seals a write's protected values (issue 16: keys are per partnership). Taken from the write
// itself where it says (a create's `partnershipId`, an update's `where.partnershipId`, a nested create's
// parent), else from the partnership the caller named with `sealingFor`, else looked up in the write's own
// transaction (one statement). A partnership-owned table with none of these is refused: never a shared key.

/** A partnership (null: the service's keys), or the row whose partnership a statement must look up. */
export type OwnerRef = { partnershipId: string | null } | { lookup: OwnerLookup };

/** `Concern` by id, or a table's row by its row key (joined to its concern for rows owned through one). */
export interface OwnerLookup {
  table: string;
  value: string;
}

const named = new AsyncLocalStorage<string>();

/**
 * Runs one write whose partnership the caller already holds, read from the concern in the same transaction
 * (changeCase, a parent's report): the write then needs no look-up. Give it only a partnership read that
 * way; the write's own `partnershipId` (or where-clause) still wins over it.
 */
export function sealingFor<T>(partnershipId: string, write: () => PromiseLike<T>): Promise<T> {
  return named.run(partnershipId, async () => await write());
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'bigint' || typeof value === 'number'
    ? String(value)
    : undefined;

const connected = (data: Record<string, unknown>, relation: string): string | undefined =>
  text((data[relation] as { connect?: { id?: unknown } } | undefined)?.connect?.id);

/**
 * Whose key seals this row's values. `inherited` is the parent's owner for a nested create; `rowKey` the
 * row an update names (where-clause) or a create's new id.
 */
export function ownerOf(
  model: EncryptedModel,
  data: Record<string, unknown>,
  where: Record<string, unknown>,
  creating: boolean,
  inherited: OwnerRef | undefined,
): OwnerRef {
  if (model.owner === 'service') return { partnershipId: null };
  const own = model.owner !== 'concern';
  const given = own ? (text(data.partnershipId) ?? connected(data, 'partnership')) : undefined;
  if (given) return { partnershipId: given };
  if (creating && own) {
    if (model.owner === 'partnership-or-service') return { partnershipId: null };
    if (inherited) return inherited;
    throw new EncryptionError(
      `A new ${model.table} row does not say its partnership, so it cannot be sealed.`,
    );
  }
  const whereOwn = own ? text(where.partnershipId) : undefined;
  if (whereOwn) return { partnershipId: whereOwn };
  if (inherited) return inherited;
  const hint = named.getStore();
  if (hint) return { partnershipId: hint };
  const concernId = creating
    ? (text(data.concernId) ?? connected(data, 'concern'))
    : model.owner === 'concern'
      ? text(where.concernId)
      : undefined;
  if (concernId) return { lookup: { table: 'Concern', value: concernId } };
  const row = creating ? undefined : text(where[model.primaryKey[0]]);
  if (row) return { lookup: { table: model.table, value: row } };
  throw new EncryptionError(
    `A write to ${model.table} does not say whose row it is, so it cannot be sealed.`,
  );
}

export const lookupKey = (lookup: OwnerLookup) => `${lookup.table}|${lookup.value}`;
