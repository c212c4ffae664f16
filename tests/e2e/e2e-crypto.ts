// Reads what the app encrypted (lib/encryption), with the master key `npm test` gave the app.
import { randomBytes } from 'node:crypto';
import {
  ciphertextFormat,
  ciphertextKeyId,
  decryptText,
  encryptText,
  fieldAad,
  unwrapDataKey,
  wrapDataKey,
} from '../../lib/encryption/cipher';
import { encryptedModel, PARTNERSHIP_PURPOSES, sealFormat } from '../../lib/encryption/encrypted-fields';
import { query } from './e2e-db';

function masterKeys(): Map<string, Buffer> {
  const listed = process.env.E2E_DATA_ENCRYPTION_KEYS ?? '';
  return new Map(
    listed.split(',').map((pair) => {
      const [id = '', key = ''] = pair.split(/:(.*)/s);
      return [id, Buffer.from(key, 'base64')] as const;
    }),
  );
}

/** The plain text of one encrypted value, as the app would read it. `rowKey` is what the value is bound
 * to (encrypted-fields.ts): a chronology entry's own id. */
export async function decryptColumn(
  table: string,
  column: string,
  rowKey: string,
  value: string,
): Promise<string> {
  const keyId = ciphertextKeyId(value);
  const [row] = await query<{ masterKeyId: string; wrappedKey: string }>(
    'SELECT "masterKeyId", "wrappedKey" FROM "DataKey" WHERE id = $1',
    [keyId],
  );
  if (!keyId || !row) throw new Error(`${table}.${column} is not ciphertext of a known data key`);
  const dataKey = unwrapDataKey(masterKeys().get(row.masterKeyId)!, keyId, row.wrappedKey);
  return decryptText(dataKey, fieldAad(keyId, table, column, rowKey, ciphertextFormat(value)!), value);
}

/** Replaces one encrypted value with new plain text, sealed under the same data key as the app would. */
export async function encryptColumnLike(
  table: string,
  column: string,
  rowKey: string,
  current: string,
  plaintext: string,
): Promise<string> {
  return sealWithKey(ciphertextKeyId(current), table, column, rowKey, plaintext);
}

/**
 * Whose keys seal a row, as the app decides (lib/encryption/seal-owner.ts): a partnership, named directly or
 * through the school, concern or slug the row belongs to, or the service itself (`{ partnershipId: null }`:
 * drafts, sign-in secrets).
 */
export type SealOwner =
  | { partnershipId: string | null }
  | { partnershipSlug: string }
  | { schoolUrn: number }
  | { concernId: string }
  | { concernReference: string };

/** How to find the partnership of each kind of owner but a named one: a statement and the value it takes. */
const OWNER_LOOK_UPS = {
  partnershipSlug: 'SELECT id AS p FROM "Partnership" WHERE slug = $1',
  schoolUrn: 'SELECT "partnershipId" AS p FROM "School" WHERE urn = $1',
  concernId: 'SELECT "partnershipId" AS p FROM "Concern" WHERE id = $1',
  concernReference: 'SELECT "partnershipId" AS p FROM "Concern" WHERE reference = $1',
} as const;

async function ownerPartnership(owner: SealOwner): Promise<string | null> {
  if ('partnershipId' in owner) return owner.partnershipId;
  const [kind, value] = Object.entries(owner)[0] as [keyof typeof OWNER_LOOK_UPS, string | number];
  const [row] = await query<{ p: string }>(OWNER_LOOK_UPS[kind], [value]);
  if (!row) throw new Error(`No partnership for ${JSON.stringify(owner)}`);
  return row.p;
}

/**
 * New plain text sealed as the app writes it: under the owner's current data key for the table (made first,
 * as the app makes a partnership's keys on its first sealed row, when a spec's partnership has none yet).
 */
export async function encryptForTable(
  table: string,
  column: string,
  rowKey: string,
  plaintext: string,
  owner: SealOwner,
): Promise<string> {
  const partnershipId = await ownerPartnership(owner);
  const current = () =>
    query<{ id: string }>(
      `SELECT id FROM "DataKey" WHERE purpose = $1 AND "partnershipId" IS NOT DISTINCT FROM $2::uuid
       ORDER BY generation DESC LIMIT 1`,
      [table, partnershipId],
    );
  let [row] = await current();
  if (!row && partnershipId) {
    // All of a partnership's keys at once, as the app makes them: a process that learns one knows them all.
    const [masterId = '', master] = [...masterKeys()][0] ?? [];
    const ids = PARTNERSHIP_PURPOSES.map(
      (purpose) => `${purpose.toLowerCase()}-e2e${randomBytes(5).toString('hex')}`,
    );
    await query(
      `INSERT INTO "DataKey" (id, purpose, "partnershipId", generation, "masterKeyId", "wrappedKey")
       SELECT v.id, v.purpose, $3::uuid, 1, $4, v.wrapped FROM unnest($1::text[], $2::text[], $5::text[]) AS v(id, purpose, wrapped)
       WHERE NOT EXISTS (SELECT 1 FROM "DataKey" k WHERE k."partnershipId" = $3::uuid)
       ON CONFLICT DO NOTHING`,
      [
        ids,
        PARTNERSHIP_PURPOSES,
        partnershipId,
        masterId,
        ids.map((id) => wrapDataKey(master!, masterId, id, randomBytes(32))),
      ],
    );
    [row] = await current();
  }
  return sealWithKey(row?.id ?? null, table, column, rowKey, plaintext);
}

async function sealWithKey(
  keyId: string | null,
  table: string,
  column: string,
  rowKey: string,
  plaintext: string,
): Promise<string> {
  const [row] = await query<{ masterKeyId: string; wrappedKey: string }>(
    'SELECT "masterKeyId", "wrappedKey" FROM "DataKey" WHERE id = $1',
    [keyId],
  );
  if (!keyId || !row) throw new Error(`No data key for ${table}.${column}: has the app started once?`);
  const dataKey = unwrapDataKey(masterKeys().get(row.masterKeyId)!, keyId, row.wrappedKey);
  const format = sealFormat(encryptedModel(table));
  return encryptText(dataKey, keyId, fieldAad(keyId, table, column, rowKey, format), plaintext, format);
}
