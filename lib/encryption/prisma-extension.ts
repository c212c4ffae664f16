import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { rowIdAllocator, rowIdsNeeded } from './allocate-row-ids';
import { EncryptionError, isCiphertext } from './cipher';
import {
  bindingColumns,
  boundRowKey,
  ENCRYPTED_MODELS,
  encryptedModel,
  type EncryptedModel,
} from './encrypted-fields';
import { encryptWriteArgs } from './encrypt-write';
import { KEYRING_REFRESH_MS, loadKeyring, type KeyProvider } from './keyring';

/** Replaced only by bench/encryption-cost.ts, to time the same code with values stored as given. */
let providerOverride: KeyProvider | undefined;
export function setKeyProviderForBench(provider: KeyProvider | undefined): void {
  providerOverride = provider;
}

/**
 * Transparent encryption for the columns in encrypted-fields.ts: every model write has its protected
 * values encrypted before Prisma sends them; every read decrypts them as results are built (including
 * nested includes). Raw SQL sees ciphertext: code that reads these columns with SQL calls `decryptRow`.
 */
export function encryptionExtension(connectionString: string) {
  let ready: Promise<KeyProvider> | undefined;
  let loaded: KeyProvider | undefined;
  let loadedAt = 0;
  const load = () =>
    loadKeyring(connectionString).then((ring) => {
      loadedAt = Date.now();
      return (loaded = ring);
    });
  const keys = async () => {
    if (!ready) {
      ready = load().catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
    } else if (loaded && Date.now() - loadedAt > KEYRING_REFRESH_MS) {
      // Read again now and then: a data key rotation adds keys that rows will soon be sealed with. If the
      // database cannot be reached just then, the keys already loaded serve until the next try.
      const previous = loaded;
      loadedAt = Date.now();
      ready = load().catch(() => previous);
    }
    return providerOverride ?? (await ready);
  };
  const syncKeys = () => {
    const provider = providerOverride ?? loaded;
    if (!provider) throw new EncryptionError('Data keys were not loaded before a read.');
    return provider;
  };
  const allocateRowIds = rowIdAllocator(connectionString);
  return Prisma.defineExtension({
    name: 'encryption-at-rest',
    client: { $encryptionKeys: keys },
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const provider = await keys();
          const write = args as Record<string, unknown>;
          const needed = rowIdsNeeded(model, operation, write);
          const rowIds = needed.size ? await allocateRowIds(needed) : undefined;
          return query(encryptWriteArgs(provider, model, operation, write, rowIds));
        },
      },
    },
    // Typed as adding nothing: each computed field replaces a column of the same name and type.
    result: resultExtension(syncKeys) as Record<never, never>,
  });
}

/** One computed field per protected column, replacing it with its plain text. */
function resultExtension(keys: () => KeyProvider) {
  const result: Record<string, Record<string, unknown>> = {};
  for (const model of ENCRYPTED_MODELS) {
    const fields: Record<string, unknown> = {};
    const binding = Object.fromEntries(bindingColumns(model).map((c) => [c, true]));
    for (const column of [...model.text, ...model.json]) {
      fields[column] = {
        needs: { [column]: true, ...binding },
        compute: (row: Record<string, unknown>) => openValue(keys(), model, column, row),
      };
    }
    for (const column of model.conditional?.columns ?? []) {
      fields[column] = {
        needs: { [column]: true, ...binding },
        compute: (row: Record<string, unknown>) => openConditional(keys(), model, column, row),
      };
    }
    result[model.delegate] = fields;
  }
  return result;
}

function openValue(
  keys: KeyProvider,
  model: EncryptedModel,
  column: string,
  row: Record<string, unknown>,
): unknown {
  const value = row[column];
  if (value === null || value === undefined || value === '') return value;
  if (typeof value !== 'string')
    throw new EncryptionError(`${model.table}.${column} holds plain JSON, not ciphertext.`);
  const plain = keys.decrypt(model.table, column, boundRowKey(model, row, value), value);
  return model.json.includes(column) ? (JSON.parse(plain) as unknown) : plain;
}

function openConditional(
  keys: KeyProvider,
  model: EncryptedModel,
  column: string,
  row: Record<string, unknown>,
): unknown {
  const value = row[column];
  if (typeof value !== 'string' || !isCiphertext(value)) return value;
  return keys.decrypt(model.table, column, boundRowKey(model, row, value), value);
}

/** For rows read with raw SQL: the row with its protected columns decrypted. */
export async function decryptRow<Row extends Record<string, unknown>>(
  db: { $encryptionKeys: () => Promise<KeyProvider> },
  table: string,
  row: Row,
): Promise<Row> {
  const model = encryptedModel(table);
  if (!model) return row;
  const keys = await db.$encryptionKeys();
  const open = { ...row } as Record<string, unknown>;
  for (const column of [...model.text, ...model.json]) {
    if (column in open) open[column] = openValue(keys, model, column, row);
  }
  for (const column of model.conditional?.columns ?? []) {
    if (column in open) open[column] = openConditional(keys, model, column, row);
  }
  return open as Row;
}
