import 'server-only';
import { randomBytes } from 'node:crypto';
import type { RowIds } from './allocate-row-ids';
import { EncryptionError } from './cipher';
import { encryptedModel, idFromSequence, NESTED_WRITES, type EncryptedModel } from './encrypted-fields';
import type { KeyProvider } from './keyring';
import { ownerOf, type OwnerRef } from './seal-owner';

export type Data = Record<string, unknown>;
export const isPlainObject = (v: unknown): v is Data =>
  typeof v === 'object' && v !== null && [Object.prototype, null].includes(Object.getPrototypeOf(v));

/** Prisma's own uuid(7), made here when a create needs its row id before the insert, to bind ciphertext. */
export function uuidv7(): string {
  const b = randomBytes(16);
  b.writeUIntBE(Date.now(), 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Turns an owner into the partnership whose key seals (null: the service's); prisma-extension.ts resolves
 * look-ups first (a planning pass collects them). */
export type OwnerResolver = (owner: OwnerRef) => string | null;

const knownOnly: OwnerResolver = (owner) => {
  if ('partnershipId' in owner) return owner.partnershipId;
  throw new EncryptionError(`The partnership of a ${owner.lookup.table} row was not looked up.`);
};

/**
 * Returns the args of a write with every protected value replaced by its ciphertext, sealed with the data
 * key of the row's partnership (seal-owner.ts). A created row whose ciphertext is bound to a bigint id gets
 * its id from `rowIds` (allocate-row-ids.ts), set explicitly.
 */
export function encryptWriteArgs(
  keys: KeyProvider,
  table: string,
  operation: string,
  args: Data,
  rowIds: RowIds = noRowIds,
  owners: OwnerResolver = knownOnly,
): Data {
  const model = encryptedModel(table);
  const where = isPlainObject(args.where) ? args.where : {};
  // An update that moves a row to a new key (a sent journey's draft) seals its new values to that key.
  const newKey = model && isPlainObject(args.data) ? keyString(args.data[model.rowKey]) : undefined;
  const whereKey = model ? (newKey ?? keyString(where[model.rowKey])) : undefined;
  const seal = (data: unknown, creating: boolean): unknown =>
    Array.isArray(data)
      ? data.map((d) => seal(d, creating))
      : isPlainObject(data)
        ? encryptData({ keys, rowIds, owners }, table, data, {
            rowKey: creating ? undefined : whereKey,
            where: creating ? {} : where,
            creating,
          })
        : data;
  switch (operation) {
    case 'create':
    case 'createMany':
    case 'createManyAndReturn':
      return { ...args, data: seal(args.data, true) };
    case 'update':
    case 'updateMany':
    case 'updateManyAndReturn':
      return { ...args, data: seal(args.data, false) };
    case 'upsert':
      return { ...args, create: seal(args.create, true), update: seal(args.update, false) };
    default:
      return args;
  }
}

const noRowIds: RowIds = (table) => {
  throw new EncryptionError(`No ids were taken for new ${table} rows.`);
};

const keyString = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'bigint' || typeof value === 'number'
    ? String(value)
    : undefined;

interface Sealing {
  keys: KeyProvider;
  rowIds: RowIds;
  owners: OwnerResolver;
}

interface Place {
  rowKey: string | undefined;
  where: Data;
  creating: boolean;
  /** A nested create's parent's owner. */
  inherited?: OwnerRef;
}

function encryptData(sealing: Sealing, table: string, input: Data, place: Place): Data {
  const data = { ...input };
  const model = encryptedModel(table);
  let rowKey = place.rowKey;
  const owner = () =>
    model ? ownerOf(model, data, place.where, place.creating, place.inherited) : place.inherited;
  // Whose key is worked out only when a value is sealed: a write of nothing protected needs no partnership.
  let sealer: { partnershipId: string | null } | undefined;
  const partnershipId = () => (sealer ??= { partnershipId: sealing.owners(owner()!) }).partnershipId;
  if (model) {
    rowKey ??= rowKeyOf(model, data, place.creating, sealing.rowIds);
    sealColumns(model, data, (column, plain) => {
      if (!rowKey)
        throw new EncryptionError(`A write to ${table}.${column} does not say which row it is for.`);
      return sealing.keys.encrypt(table, column, rowKey, plain, partnershipId());
    });
  }
  for (const [field, child] of Object.entries(NESTED_WRITES[table] ?? {})) {
    const nested = data[field];
    if (!isPlainObject(nested)) continue;
    const fromParent =
      child.fromParent &&
      (data[child.fromParent] ?? (child.fromParent === model?.rowKey ? rowKey : undefined));
    const parentKey = typeof fromParent === 'string' ? fromParent : undefined;
    // A nested row is its parent's: the parent's partnership, without a look-up of its own (a parent with
    // none leaves the child to find its own, or be refused).
    const inherited = () => {
      try {
        return owner();
      } catch {
        return undefined;
      }
    };
    const sealChild = (d: unknown): unknown =>
      Array.isArray(d)
        ? d.map(sealChild)
        : isPlainObject(d)
          ? encryptData(sealing, child.table, d, {
              rowKey: parentKey,
              where: {},
              creating: true,
              inherited: inherited(),
            })
          : d;
    data[field] = {
      ...nested,
      ...('create' in nested ? { create: sealChild(nested.create) } : {}),
      ...(isPlainObject(nested.createMany)
        ? { createMany: { ...nested.createMany, data: sealChild(nested.createMany.data) } }
        : {}),
    };
  }
  return data;
}

/**
 * A new row's values for a raw INSERT, which the extension never sees: each protected value sealed as a
 * Prisma create would seal it (the model's `text`, `json` and, where its `when` says, `conditional`
 * columns; an empty value stays as it is), bound to `rowKey` (the row's `model.rowKey`, made by the caller:
 * `uuidv7()` for an id) under `partnershipId`'s key (null: the service's). A Json column's ciphertext comes
 * back as JSON text, for `::jsonb`. Every raw insert of protected columns seals through this
 * (lib/outbox/enqueue-email.ts).
 */
export function sealNewRow(
  keys: KeyProvider,
  model: EncryptedModel,
  rowKey: string,
  partnershipId: string | null,
  row: Data,
): Data {
  const data = { ...row };
  sealColumns(model, data, (column, plain) =>
    keys.encrypt(model.table, column, rowKey, plain, partnershipId),
  );
  for (const column of model.json) {
    if (typeof data[column] === 'string') data[column] = JSON.stringify(data[column]);
  }
  return data;
}

/** Replaces each protected value of the row that is there with what `encrypt` makes of its plain text. */
function sealColumns(
  model: EncryptedModel,
  data: Data,
  encrypt: (column: string, plain: string) => string,
): void {
  for (const column of protectedColumns(model, data, model.table)) {
    if (!(column in data)) continue;
    data[column] = sealValue(data[column], model.json.includes(column), (plain) => encrypt(column, plain));
  }
}

function protectedColumns(model: EncryptedModel, data: Data, table: string): string[] {
  const conditional = model.conditional;
  if (!conditional?.columns.some((c) => c in data)) return [...model.text, ...model.json];
  if (!('kind' in data)) throw new EncryptionError(`A write to ${table} must say its kind to be protected.`);
  return [...model.text, ...model.json, ...(conditional.when(data) ? conditional.columns : [])];
}

function rowKeyOf(model: EncryptedModel, data: Data, creating: boolean, rowIds: RowIds): string | undefined {
  const value = keyString(data[model.rowKey]);
  if (value !== undefined) return value;
  if (model.rowKey === 'concernId') {
    const connect = (data.concern as { connect?: { id?: unknown } } | undefined)?.connect?.id;
    return typeof connect === 'string' ? connect : undefined;
  }
  if (creating && idFromSequence(model)) {
    data[model.rowKey] = rowIds(model.table);
    return String(data[model.rowKey]);
  }
  if (creating && model.rowKey === 'id') {
    data.id = uuidv7();
    return data.id as string;
  }
  return undefined;
}

function sealValue(value: unknown, json: boolean, encrypt: (plain: string) => string): unknown {
  if (value === null || value === undefined) return value;
  if (json) {
    // Prisma's JsonNull and DbNull are class instances: left as they are.
    const plainJson = typeof value !== 'object' || Array.isArray(value) || isPlainObject(value);
    return plainJson ? encrypt(JSON.stringify(value)) : value;
  }
  // An empty value holds nothing to protect, and a blanked email body stays visibly blank.
  if (typeof value === 'string') return value === '' ? value : encrypt(value);
  if (isPlainObject(value) && typeof value.set === 'string')
    return { set: value.set === '' ? '' : encrypt(value.set) };
  return value;
}
