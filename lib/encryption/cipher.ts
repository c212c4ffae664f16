// AES-256-GCM for values and for data keys. Pure functions with no database and no 'server-only' marker,
// so the end-to-end tests can read what the app wrote; everything that holds keys is server-only.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Ciphertext in a column: enc:<format>:<data key id>:<iv>:<tag>:<ciphertext>, each part base64url. The
 * format says what the value is bound to (encrypted-fields.ts): v1 its table's row key, v2 (chronology
 * entries only) the entry's own id. The format is in the bound data too, so it cannot be changed either.
 */
export type CiphertextFormat = 'v1' | 'v2';
const CIPHERTEXT = /^enc:(v1|v2):([a-z0-9-]{1,40}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22}):([A-Za-z0-9_-]*)$/;
/** SQL: the column (or expression) holds ciphertext of any format. */
export const SQL_CIPHERTEXT = `~ '^enc:v[12]:'`;

/**
 * Something was wrong with encrypted data or keys: tampered or moved ciphertext, an unknown key. Internal:
 * define-action and the error pages show a generic message, and the message never holds a value.
 */
export class EncryptionError extends Error {
  override name = 'EncryptionError';
}

export function isCiphertext(value: string): boolean {
  return value.startsWith('enc:v') && CIPHERTEXT.test(value);
}

/** The format of a ciphertext, or null for anything that is not our ciphertext. */
export function ciphertextFormat(value: string): CiphertextFormat | null {
  return (CIPHERTEXT.exec(value)?.[1] as CiphertextFormat | undefined) ?? null;
}

/** What a ciphertext is bound to: the place it was written for. Copied elsewhere it fails to decrypt. */
export function fieldAad(
  keyId: string,
  table: string,
  column: string,
  rowKey: string,
  format: CiphertextFormat = 'v1',
): Buffer {
  return Buffer.from(`${format}|${keyId}|${table}.${column}|${rowKey}`, 'utf8');
}

export function encryptText(
  key: Buffer,
  keyId: string,
  aad: Buffer,
  plaintext: string,
  format: CiphertextFormat = 'v1',
): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `enc:${format}:${keyId}:${iv.toString('base64url')}:${tag.toString('base64url')}:${body.toString('base64url')}`;
}

/** The data key id a ciphertext names, or null for anything that is not our ciphertext. */
export function ciphertextKeyId(value: string): string | null {
  return CIPHERTEXT.exec(value)?.[2] ?? null;
}

export function decryptText(key: Buffer, aad: Buffer, value: string): string {
  const parts = CIPHERTEXT.exec(value);
  if (!parts) throw new EncryptionError('A protected column holds something that is not ciphertext.');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(parts[3]!, 'base64url'));
    decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(parts[4]!, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(parts[5]!, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new EncryptionError(
      'Encrypted data failed its integrity check: it was changed, or copied from another row or column.',
    );
  }
}

/** A data key wrapped by a master key: v1:<master key id>:<iv>:<tag>:<wrapped key>. */
export function wrapDataKey(master: Buffer, masterId: string, dataKeyId: string, dataKey: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', master, iv);
  cipher.setAAD(Buffer.from(`datakey|${dataKeyId}`, 'utf8'));
  const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  const tag = cipher.getAuthTag();
  return ['v1', masterId, iv, tag, body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join(':');
}

export function unwrapDataKey(master: Buffer, dataKeyId: string, wrapped: string): Buffer {
  const [version, , iv, tag, body] = wrapped.split(':');
  if (version !== 'v1' || !iv || !tag || body === undefined) {
    throw new EncryptionError(`Data key ${dataKeyId} is not in a format this version understands.`);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', master, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`datakey|${dataKeyId}`, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
  } catch {
    throw new EncryptionError(`Data key ${dataKeyId} could not be unwrapped: wrong master key, or changed.`);
  }
}
