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
import { ENCRYPTED_MODELS, encryptedModel, sealFormat } from './encrypted-fields';

/** Encrypts and decrypts one value for one place (table, column, row). `rowKey` is what the value is (to
 * be) bound to: for a stored value, `boundRowKey` says which of the row's keys that is. */
export interface KeyProvider {
  encrypt(table: string, column: string, rowKey: string, plaintext: string): string;
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

/** The data keys, unwrapped in memory: loaded once per process, made on first use of a fresh database. */
export class Keyring implements KeyProvider {
  constructor(
    private readonly keys: Map<string, Buffer>,
    private readonly current: Map<string, string>,
  ) {}

  encrypt(table: string, column: string, rowKey: string, plaintext: string): string {
    const keyId = this.current.get(table);
    if (!keyId) throw new EncryptionError(`No data key for ${table}.`);
    const format = sealFormat(encryptedModel(table));
    const aad = fieldAad(keyId, table, column, rowKey, format);
    return encryptText(this.keys.get(keyId)!, keyId, aad, plaintext, format);
  }

  /** The key new values of a table are sealed with: its newest generation. */
  currentKeyId(table: string): string {
    const keyId = this.current.get(table);
    if (!keyId) throw new EncryptionError(`No data key for ${table}.`);
    return keyId;
  }

  decrypt(table: string, column: string, rowKey: string, value: string): string {
    const keyId = ciphertextKeyId(value);
    if (!keyId) throw new EncryptionError(`${table}.${column} holds something that is not ciphertext.`);
    const key = this.keys.get(keyId);
    if (!key) throw new EncryptionError(`${table}.${column} names data key ${keyId}, which is not loaded.`);
    const aad = fieldAad(keyId, table, column, rowKey, ciphertextFormat(value)!);
    return decryptText(key, aad, value);
  }

  hash(purpose: HashPurpose, value: string): string {
    const key = this.keys.get(this.current.get(hashKeyPurpose(purpose)) ?? '');
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
 * Reads every data key and unwraps it; first makes any that are missing (concurrent starts agree on one).
 * Uses a connection of its own, never the app's pool: transactions that fill the pool wait for the keys.
 */
export async function loadKeyring(connectionString: string): Promise<Keyring> {
  const client = new pg.Client(boundedConnection(connectionString));
  await client.connect();
  try {
    return await readKeyring(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** A short random id naming its purpose: `concern-1a2b3c4d5e6f`. Ciphertext carries it. */
export function newDataKeyId(purpose: string): string {
  return `${purpose.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomBytes(6).toString('hex')}`;
}

async function readKeyring(db: pg.Client): Promise<Keyring> {
  const [master] = getEnv().DATA_ENCRYPTION_KEYS;
  for (const purpose of [...ENCRYPTED_MODELS.map((m) => m.table), ...HASH_PURPOSES.map(hashKeyPurpose)]) {
    const id = newDataKeyId(purpose);
    const wrappedKey = wrapDataKey(master!.key, master!.id, id, randomBytes(32));
    await db.query(
      `INSERT INTO "DataKey" (id, purpose, generation, "masterKeyId", "wrappedKey")
       SELECT $1, $2::varchar, 1, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM "DataKey" WHERE purpose = $2::varchar)
       ON CONFLICT DO NOTHING`,
      [id, purpose, master!.id, wrappedKey],
    );
  }
  const { rows } = await db.query<{ id: string; purpose: string; masterKeyId: string; wrappedKey: string }>(
    'SELECT id, purpose, "masterKeyId", "wrappedKey" FROM "DataKey" ORDER BY generation',
  );
  const masters = new Map(getEnv().DATA_ENCRYPTION_KEYS.map((k) => [k.id, k.key]));
  const keys = new Map<string, Buffer>();
  const current = new Map<string, string>();
  for (const row of rows) {
    const masterKey = masters.get(row.masterKeyId);
    if (!masterKey) {
      throw new EncryptionError(
        `Data key ${row.id} is wrapped by master key "${row.masterKeyId}", which DATA_ENCRYPTION_KEYS does not list.`,
      );
    }
    keys.set(row.id, unwrapDataKey(masterKey, row.id, row.wrappedKey));
    current.set(row.purpose, row.id);
  }
  return new Keyring(keys, current);
}
