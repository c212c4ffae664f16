import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { rowIdAllocator, rowIdsNeeded } from './allocate-row-ids';
import { ciphertextKeyId, EncryptionError, isCiphertext } from './cipher';
import {
  bindingColumns,
  boundRowKey,
  ENCRYPTED_MODELS,
  encryptedModel,
  type EncryptedModel,
} from './encrypted-fields';
import { encryptWriteArgs } from './encrypt-write';
import {
  KEYRING_REFRESH_MS,
  loadKeyring,
  partnershipKeys,
  passThroughProvider,
  Keyring,
  type KeyProvider,
} from './keyring';
import { lookupKey, type OwnerLookup } from './seal-owner';

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
  let ready: Promise<Keyring> | undefined;
  let loaded: Keyring | undefined;
  let loadedAt = 0;
  // A value naming a key this process lacks (a partnership's first keys, made by another process) fails,
  // and the keys are read again at the next query (at most every few seconds): a retry reads it.
  let forcedAt = 0;
  const unknownKey = () => {
    if (Date.now() - forcedAt < UNKNOWN_KEY_RELOAD_MS) return;
    forcedAt = Date.now();
    loadedAt = 0;
  };
  const load = () =>
    loadKeyring(connectionString, unknownKey).then((ring) => {
      loadedAt = Date.now();
      return (loaded = ring);
    });
  const keyring = async (): Promise<Keyring> => {
    if (!ready) {
      ready = load().catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
    } else if (loaded && Date.now() - loadedAt > KEYRING_REFRESH_MS) {
      // Read again now and then: a data key rotation adds keys that rows will soon be sealed with, and a
      // partnership that left takes its keys away. If the database cannot be reached just then, the keys
      // already loaded serve until the next try.
      const previous = loaded;
      loadedAt = Date.now();
      ready = load().catch(() => previous);
    }
    return ready;
  };
  /** The keys, with those of these partnerships made or learnt first. */
  const keysFor = async (partnershipIds: Iterable<string | null> = []): Promise<KeyProvider> => {
    if (providerOverride) return providerOverride;
    const ring = await keyring();
    const missing = [...new Set(partnershipIds)].filter((p): p is string => p !== null && !ring.knows(p));
    if (missing.length) ring.learn(await partnershipKeys(connectionString, missing));
    return ring;
  };
  const syncKeys = () => {
    const provider = providerOverride ?? loaded;
    if (!provider) throw new EncryptionError('Data keys were not loaded before a read.');
    return provider;
  };
  const allocateRowIds = rowIdAllocator(connectionString);
  return Prisma.defineExtension({
    name: 'encryption-at-rest',
    client: {
      $encryptionKeys: keysFor,
      /** Reads every key again now (after a partnership's keys are destroyed, say), not within a minute. */
      $reloadEncryptionKeys: async () => {
        loadedAt = 0;
        await keyring();
      },
    },
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query, ...rest }) {
          const write = args as Record<string, unknown>;
          if (!encryptedModel(model) || !WRITES.has(operation)) {
            await keyring(); // reads decrypt as results are built, from the keys loaded by now
            return query(args);
          }
          // First pass: whose keys the write needs, and which partnerships must be looked up for it.
          const owners = await resolveOwners(model, operation, write, (lookup) =>
            lookUpOwner(
              query,
              (rest as unknown as { __internalParams: InternalParams }).__internalParams,
              lookup,
            ),
          );
          const provider = await keysFor(owners.values());
          const needed = rowIdsNeeded(model, operation, write);
          const rowIds = needed.size ? await allocateRowIds(needed) : undefined;
          return query(
            encryptWriteArgs(provider, model, operation, write, rowIds, (owner) =>
              'partnershipId' in owner ? owner.partnershipId : owners.get(lookupKey(owner.lookup))!,
            ),
          );
        },
      },
    },
    // Typed as adding nothing: each computed field replaces a column of the same name and type.
    result: resultExtension(syncKeys) as Record<never, never>,
  });
}

const UNKNOWN_KEY_RELOAD_MS = 5_000;
const WRITES = new Set([
  'create',
  'createMany',
  'createManyAndReturn',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'upsert',
]);

/**
 * Walks the write as it will be sealed, without sealing, to collect the partnerships it needs: those it
 * names, and those it must look up (each once). Returns them by look-up key, with the named ones under
 * their own id.
 */
async function resolveOwners(
  model: string,
  operation: string,
  write: Record<string, unknown>,
  lookUp: (lookup: OwnerLookup) => Promise<string | null>,
): Promise<Map<string, string | null>> {
  const owners = new Map<string, string | null>();
  const lookups = new Map<string, OwnerLookup>();
  encryptWriteArgs(
    passThroughProvider,
    model,
    operation,
    write,
    () => 0n,
    (owner) => {
      if ('partnershipId' in owner) {
        owners.set(owner.partnershipId ?? '', owner.partnershipId);
        return owner.partnershipId;
      }
      lookups.set(lookupKey(owner.lookup), owner.lookup);
      return null;
    },
  );
  for (const [key, lookup] of lookups) owners.set(key, await lookUp(lookup));
  return owners;
}

/** Prisma's own description of the query being run, including its transaction. */
type InternalParams = Record<string, unknown>;

/**
 * The partnership of a row, read in the write's own transaction: a row made or moved earlier in it counts.
 * Prisma gives a query extension no client for its transaction, so the look-up goes through the same
 * `query` with its internal parameters retargeted (model, operation, arguments), keeping the transaction;
 * tests/integration/encryption/partnership-keys.test.ts fails if a Prisma upgrade changes that.
 */
async function lookUpOwner(
  query: (args: unknown) => Promise<unknown>,
  params: InternalParams,
  lookup: OwnerLookup,
): Promise<string | null> {
  const model = encryptedModel(lookup.table)!;
  const [pk, pkType] = model.primaryKey;
  const viaConcern = model.owner === 'concern';
  const args = {
    where: { [pk]: pkType === 'bigint' ? BigInt(lookup.value) : lookup.value },
    select: viaConcern ? { concern: { select: { partnershipId: true } } } : { partnershipId: true },
  };
  const run = query as unknown as (args: unknown, params: InternalParams) => Promise<unknown>;
  const row = (await run(args, {
    ...params,
    model: model.table,
    jsModelName: model.delegate,
    action: 'findUnique',
    clientMethod: `${model.delegate}.findUnique`,
    args,
    dataPath: [],
    unpacker: undefined,
    argsMapper: undefined,
    middlewareArgsMapper: undefined,
  })) as { partnershipId?: string | null; concern?: { partnershipId: string } } | null;
  const partnershipId = viaConcern ? row?.concern?.partnershipId : row?.partnershipId;
  if (partnershipId) return partnershipId;
  if (row && model.owner === 'partnership-or-service') return null;
  throw new EncryptionError(
    `No ${lookup.table} row says whose a write's values are, so they cannot be sealed.`,
  );
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
  db: { $encryptionKeys: () => Promise<KeyProvider>; $reloadEncryptionKeys: () => Promise<void> },
  table: string,
  row: Row,
): Promise<Row> {
  const model = encryptedModel(table);
  if (!model) return row;
  let keys = await db.$encryptionKeys();
  // Raw readers (the worker's email sender) learn keys made elsewhere since they loaded before opening.
  const ring = keys instanceof Keyring ? keys : undefined;
  const named = Object.values(row).map((v) => (typeof v === 'string' ? ciphertextKeyId(v) : null));
  if (ring && named.some((id) => id !== null && !ring.has(id))) {
    await db.$reloadEncryptionKeys();
    keys = await db.$encryptionKeys();
  }
  const open = { ...row } as Record<string, unknown>;
  for (const column of [...model.text, ...model.json]) {
    if (column in open) open[column] = openValue(keys, model, column, row);
  }
  for (const column of model.conditional?.columns ?? []) {
    if (column in open) open[column] = openConditional(keys, model, column, row);
  }
  return open as Row;
}
