// Reads what the app encrypted (lib/encryption), with the master key `npm test` gave the app.
import {
  ciphertextKeyId,
  decryptText,
  encryptText,
  fieldAad,
  unwrapDataKey,
} from '../../lib/encryption/cipher';
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

/** The plain text of one encrypted value, as the app would read it. */
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
  return decryptText(dataKey, fieldAad(keyId, table, column, rowKey), value);
}

/** Replaces one encrypted value with new plain text, sealed under the same data key as the app would. */
export async function encryptColumnLike(
  table: string,
  column: string,
  rowKey: string,
  current: string,
  plaintext: string,
): Promise<string> {
  const keyId = ciphertextKeyId(current);
  const [row] = await query<{ masterKeyId: string; wrappedKey: string }>(
    'SELECT "masterKeyId", "wrappedKey" FROM "DataKey" WHERE id = $1',
    [keyId],
  );
  if (!keyId || !row) throw new Error(`${table}.${column} is not ciphertext of a known data key`);
  const dataKey = unwrapDataKey(masterKeys().get(row.masterKeyId)!, keyId, row.wrappedKey);
  return encryptText(dataKey, keyId, fieldAad(keyId, table, column, rowKey), plaintext);
}
