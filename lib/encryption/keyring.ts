import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import pg from 'pg';
import { boundedConnection } from '@/lib/db-pool';
import { getEnv } from '@/lib/env';
import {
  ciphertextFormat,
  ciphertextKeyId,
  decryptText,
  EncryptionError,
  encryptText,
  fieldAad,
  unwrapDataKey,
  wrapDataKey,
} from './cipher';
import { ENCRYPTED_MODELS, encryptedModel, PARTNERSHIP_PURPOSES, sealFormat } from './encrypted-fields';

/** Encrypts and decrypts one value for one place (table, column, row). `rowKey` is what the value is (to
 * be) bound to: for a stored value, `boundRowKey` says which of the row's keys that is. `partnershipId`
 * chooses whose data key seals it (null: the service's, encrypted-fields.ts `owner`). */
export interface KeyProvider {
  encrypt(
    table: string,
    column: string,
    rowKey: string,
    plaintext: string,
    partnershipId: string | null,
  ): string;
  decrypt(table: string, column: string, rowKey: string, value: string): string;
  /** A keyed hash (HMAC-SHA-256) of a value kept encrypted, to match equal values without reading them. */
  hash(purpose: HashPurpose, value: string): string;
}

/**
 * Keyed hashes, one key each (a DataKey whose purpose is `hash:<purpose>`). Never re-keyed by data-key
 * rotation: a hash has to stay the same to keep matching what was stored before.
 */
export const HASH_PURPOSES = ['TrendFlag.subjectKey', 'ChildRecord.nameKey', 'AccountIdentifier'] as const;
export type HashPurpose = (typeof HASH_PURPOSES)[number];
export const HASH_PREFIX = 'hmac:';
const hashKeyPurpose = (purpose: string) => `hash:${purpose}`;

const SERVICE_PURPOSES = [
  ...ENCRYPTED_MODELS.filter((m) => m.owner === 'service' || m.owner === 'partnership-or-service').map(
    (m) => m.table,
  ),
  ...HASH_PURPOSES.map(hashKeyPurpose),
];

/** Where a table's current key is kept: per partnership, or service-wide. */
const slot = (partnershipId: string | null, purpose: string) => `${partnershipId ?? '*'}|${purpose}`;

export interface DataKeyRow {
  id: string;
  purpose: string;
  partnershipId: string | null;
  masterKeyId: string;
  wrappedKey: string;
}

/**
 * The data keys, unwrapped in memory: loaded once per process and read again now and then; a partnership's
 * keys are made (and learnt) the first time one of its rows is sealed (`learn`).
 */
export class Keyring implements KeyProvider {
  private readonly keys = new Map<string, Buffer>();
  private readonly current = new Map<string, string>();
  private readonly partnerships = new Set<string>();

  /** `unknownKey` is told when a value names a key this keyring lacks (made elsewhere since it loaded). */
  constructor(
    rows: DataKeyRow[],
    private readonly unknownKey: () => void = () => {},
  ) {
    this.learn(rows);
  }

  /** Adds keys (in generation order: the last of a table and partnership is the one that seals). */
  learn(rows: DataKeyRow[]): void {
    const masters = new Map(getEnv().DATA_ENCRYPTION_KEYS.map((k) => [k.id, k.key]));
    for (const row of rows) {
      const masterKey = masters.get(row.masterKeyId);
      if (!masterKey) {
        throw new EncryptionError(
          `Data key ${row.id} is wrapped by master key "${row.masterKeyId}", which DATA_ENCRYPTION_KEYS does not list.`,
        );
      }
      this.keys.set(row.id, unwrapDataKey(masterKey, row.id, row.wrappedKey));
      this.current.set(slot(row.partnershipId, row.purpose), row.id);
      if (row.partnershipId) this.partnerships.add(row.partnershipId);
    }
  }

  /** Whether this keyring holds the partnership's keys (they are made and learnt together). */
  knows(partnershipId: string | null): boolean {
    return partnershipId === null || this.partnerships.has(partnershipId);
  }

  has(keyId: string): boolean {
    return this.keys.has(keyId);
  }

  /** The key each owner (a partnership, or null: the service) seals a table's new values with now; not the
   * per-table key a partnership's table was sealed with before issue 16 (nothing new is sealed with it). */
  currentKeys(table: string): { owners: (string | null)[]; keyIds: string[] } {
    const shared = SERVICE_PURPOSES.includes(table);
    const slots = [...this.current].filter(
      ([s]) => s.endsWith(`|${table}`) && (shared || !s.startsWith('*|')),
    );
    return {
      owners: slots.map(([s]) => (s.startsWith('*|') ? null : s.slice(0, s.indexOf('|')))),
      keyIds: slots.map(([, id]) => id),
    };
  }

  encrypt(
    table: string,
    column: string,
    rowKey: string,
    plaintext: string,
    partnershipId: string | null,
  ): string {
    const keyId = this.currentKeyId(table, partnershipId);
    const format = sealFormat(encryptedModel(table));
    const aad = fieldAad(keyId, table, column, rowKey, format);
    return encryptText(this.keys.get(keyId)!, keyId, aad, plaintext, format);
  }

  /** The key new values of a table are sealed with for a partnership (or the service): its newest. */
  currentKeyId(table: string, partnershipId: string | null): string {
    const keyId = this.current.get(slot(partnershipId, table));
    if (!keyId) {
      throw new EncryptionError(
        `No data key for ${table} ${partnershipId ? 'of that partnership' : 'service-wide'}.`,
      );
    }
    return keyId;
  }

  decrypt(table: string, column: string, rowKey: string, value: string): string {
    const keyId = ciphertextKeyId(value);
    if (!keyId) throw new EncryptionError(`${table}.${column} holds something that is not ciphertext.`);
    const key = this.keys.get(keyId);
    if (!key) {
      this.unknownKey();
      throw new EncryptionError(`${table}.${column} names data key ${keyId}, which is not loaded.`);
    }
    const aad = fieldAad(keyId, table, column, rowKey, ciphertextFormat(value)!);
    return decryptText(key, aad, value);
  }

  hash(purpose: HashPurpose, value: string): string {
    const key = this.keys.get(this.current.get(slot(null, hashKeyPurpose(purpose))) ?? '');
    if (!key) throw new EncryptionError(`No hash key for ${purpose}.`);
    return HASH_PREFIX + createHmac('sha256', key).update(value, 'utf8').digest('base64url');
  }
}

/** How old a process's keyring may get before it is read again, to learn keys a rotation has added. */
export const KEYRING_REFRESH_MS = 60_000;

/** For bench/encryption-cost.ts only: the same code paths with values stored as given. */
export const passThroughProvider: KeyProvider = {
  encrypt: (_t, _c, _r, plaintext) => plaintext,
  decrypt: (_t, _c, _r, value) => value,
  hash: (_p, value) => value,
};

/**
 * Reads every data key and unwraps it; first makes any service-wide key that is missing (concurrent starts
 * agree on one). Uses a connection of its own, never the app's pool: transactions that fill the pool wait
 * for the keys.
 */
export async function loadKeyring(connectionString: string, unknownKey?: () => void): Promise<Keyring> {
  return withKeyConnection(connectionString, async (client) => {
    await makeKeys(client, null, SERVICE_PURPOSES);
    return new Keyring(await readKeys(client, 'TRUE', []), unknownKey);
  });
}

/**
 * The keys of these partnerships, made first where missing, all of a partnership's tables at once: the
 * first process to seal a row of a new partnership makes them, and one that started before learns them
 * here. Concurrent processes agree on one key per table (the unique index and ON CONFLICT DO NOTHING).
 * Committed on a connection of its own, so no transaction that rolls back can take a key others use.
 */
export async function partnershipKeys(
  connectionString: string,
  partnershipIds: string[],
): Promise<DataKeyRow[]> {
  return withKeyConnection(connectionString, async (client) => {
    for (const partnershipId of partnershipIds) await makeKeys(client, partnershipId, PARTNERSHIP_PURPOSES);
    return readKeys(client, `"partnershipId" = ANY($1::uuid[])`, [partnershipIds]);
  });
}

/** A short random id naming its purpose: `concern-1a2b3c4d5e6f`. Ciphertext carries it. */
export function newDataKeyId(purpose: string): string {
  return `${purpose.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomBytes(6).toString('hex')}`;
}

async function withKeyConnection<T>(
  connectionString: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client(boundedConnection(connectionString));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** A first generation for each purpose the owner has no key for, in one statement. */
async function makeKeys(db: pg.Client, partnershipId: string | null, purposes: string[]): Promise<void> {
  const [master] = getEnv().DATA_ENCRYPTION_KEYS;
  const ids = purposes.map(newDataKeyId);
  const wrapped = ids.map((id) => wrapDataKey(master!.key, master!.id, id, randomBytes(32)));
  await db.query(
    `INSERT INTO "DataKey" (id, purpose, "partnershipId", generation, "masterKeyId", "wrappedKey")
     SELECT v.id, v.purpose, $3::uuid, 1, $4, v.wrapped FROM unnest($1::text[], $2::text[], $5::text[]) AS v(id, purpose, wrapped)
     WHERE NOT EXISTS (SELECT 1 FROM "DataKey" k
       WHERE k.purpose = v.purpose AND k."partnershipId" IS NOT DISTINCT FROM $3::uuid)
     ON CONFLICT DO NOTHING`,
    [ids, purposes, partnershipId, master!.id, wrapped],
  );
}

async function readKeys(db: pg.Client, where: string, values: unknown[]): Promise<DataKeyRow[]> {
  const { rows } = await db.query<DataKeyRow>(
    `SELECT id, purpose, "partnershipId", "masterKeyId", "wrappedKey" FROM "DataKey" WHERE ${where}
     ORDER BY generation`,
    values,
  );
  return rows;
}
