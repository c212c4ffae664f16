// Reads what the app encrypted (lib/encryption), with the master key `npm test` gave the app.
import {
  ciphertextFormat,
  ciphertextKeyId,
  decryptText,
  encryptText,
  fieldAad,
  unwrapDataKey,
} from '../../lib/encryption/cipher';
import { encryptedModel, sealFormat } from '../../lib/encryption/encrypted-fields';
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

/** New plain text sealed under a table's current data key, as the app writes it. */
export async function encryptForTable(
  table: string,
  column: string,
  rowKey: string,
  plaintext: string,
): Promise<string> {
  const [row] = await query<{ id: string }>(
    'SELECT id FROM "DataKey" WHERE purpose = $1 ORDER BY generation DESC LIMIT 1',
    [table],
  );
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
