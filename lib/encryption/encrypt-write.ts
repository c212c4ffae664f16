import 'server-only';
import { randomBytes } from 'node:crypto';
import type { RowIds } from './allocate-row-ids';
import { EncryptionError } from './cipher';
import { encryptedModel, idFromSequence, NESTED_WRITES, type EncryptedModel } from './encrypted-fields';
import type { KeyProvider } from './keyring';

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

/**
 * Returns the args of a write with every protected value replaced by its ciphertext. A created row whose
 * ciphertext is bound to a bigint id gets its id from `rowIds` (allocate-row-ids.ts), set explicitly.
 */
export function encryptWriteArgs(
  keys: KeyProvider,
  table: string,
  operation: string,
  args: Data,
  rowIds: RowIds = noRowIds,
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
        ? encryptData(keys, rowIds, table, data, creating ? undefined : whereKey, creating)
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

function encryptData(
  keys: KeyProvider,
  rowIds: RowIds,
  table: string,
  input: Data,
  rowKey: string | undefined,
  creating: boolean,
): Data {
  const data = { ...input };
  const model = encryptedModel(table);
  if (model) {
    rowKey ??= rowKeyOf(model, data, creating, rowIds);
    for (const column of protectedColumns(model, data, table)) {
      if (!(column in data)) continue;
      const json = model.json.includes(column);
      data[column] = sealValue(data[column], json, (plain) => {
        if (!rowKey)
          throw new EncryptionError(`A write to ${table}.${column} does not say which row it is for.`);
        return keys.encrypt(table, column, rowKey, plain);
      });
    }
  }
  for (const [field, child] of Object.entries(NESTED_WRITES[table] ?? {})) {
    const nested = data[field];
    if (!isPlainObject(nested)) continue;
    const fromParent =
      child.fromParent &&
      (data[child.fromParent] ?? (child.fromParent === model?.rowKey ? rowKey : undefined));
    const parentKey = typeof fromParent === 'string' ? fromParent : undefined;
    const sealChild = (d: unknown): unknown =>
      Array.isArray(d)
        ? d.map(sealChild)
        : isPlainObject(d)
          ? encryptData(keys, rowIds, child.table, d, parentKey, true)
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
