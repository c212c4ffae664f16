import 'server-only';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// The confirmation page must show the same receipt after a refresh or a double submit, but the database
// must never hold it readable. So it is sealed with a key derived from the journey cookie's token, which
// only the parent's browser holds (the database keeps only the token's SHA-256).
function key(token: string): Buffer {
  return createHash('sha256').update(`receipt-seal:${token}`).digest();
}

export function sealReceipt(token: string, receipt: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(token), iv);
  const body = Buffer.concat([cipher.update(receipt, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function openReceipt(token: string, sealed: string): string | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key(token), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
