import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ciphertextFormat,
  ciphertextKeyId,
  decryptText,
  EncryptionError,
  encryptText,
  fieldAad,
  isCiphertext,
  unwrapDataKey,
  wrapDataKey,
} from '@/lib/encryption/cipher';

const key = randomBytes(32);
const aad = fieldAad('concern-0a1b2c3d4e5f', 'Concern', 'description', 'row-1');

describe('the cipher', () => {
  it('round-trips text, with a fresh IV each time, in a format that names its key', () => {
    const a = encryptText(key, 'concern-0a1b2c3d4e5f', aad, 'Ella, 9, was sent a message');
    const b = encryptText(key, 'concern-0a1b2c3d4e5f', aad, 'Ella, 9, was sent a message');
    expect(a).not.toBe(b);
    expect(isCiphertext(a)).toBe(true);
    expect(ciphertextKeyId(a)).toBe('concern-0a1b2c3d4e5f');
    expect(decryptText(key, aad, a)).toBe('Ella, 9, was sent a message');
    expect(decryptText(key, aad, encryptText(key, 'concern-0a1b2c3d4e5f', aad, ''))).toBe('');
  });

  it('refuses another place, another key, a changed byte, or plain text', () => {
    const sealed = encryptText(key, 'concern-0a1b2c3d4e5f', aad, 'secret');
    const elsewhere = fieldAad('concern-0a1b2c3d4e5f', 'Concern', 'description', 'row-2');
    expect(() => decryptText(key, elsewhere, sealed)).toThrow(EncryptionError);
    expect(() => decryptText(randomBytes(32), aad, sealed)).toThrow(EncryptionError);
    const changed = sealed.slice(0, -1) + (sealed.endsWith('A') ? 'B' : 'A');
    expect(() => decryptText(key, aad, changed)).toThrow(/integrity check/);
    expect(() => decryptText(key, aad, 'secret')).toThrow(/not ciphertext/);
    expect(isCiphertext('enc:v1: typed by a parent')).toBe(false);
  });

  it('carries its format, which is bound too: a v2 value relabelled v1 fails its integrity check', () => {
    const v2aad = fieldAad('concernevent-0a1b2c3d4e5f', 'ConcernEvent', 'summary', '42', 'v2');
    const sealed = encryptText(key, 'concernevent-0a1b2c3d4e5f', v2aad, 'A note', 'v2');
    expect(sealed).toMatch(/^enc:v2:concernevent-0a1b2c3d4e5f:/);
    expect(isCiphertext(sealed)).toBe(true);
    expect(ciphertextFormat(sealed)).toBe('v2');
    expect(ciphertextKeyId(sealed)).toBe('concernevent-0a1b2c3d4e5f');
    expect(decryptText(key, v2aad, sealed)).toBe('A note');
    const relabelled = sealed.replace(/^enc:v2:/, 'enc:v1:');
    const v1aad = fieldAad('concernevent-0a1b2c3d4e5f', 'ConcernEvent', 'summary', '42');
    expect(() => decryptText(key, v1aad, relabelled)).toThrow(EncryptionError);
  });

  it('wraps a data key so that only its master key, for that data key id, unwraps it', () => {
    const master = randomBytes(32);
    const dataKey = randomBytes(32);
    const wrapped = wrapDataKey(master, 'main-1', 'concern-0a1b2c3d4e5f', dataKey);
    expect(wrapped.startsWith('v1:main-1:')).toBe(true);
    expect(unwrapDataKey(master, 'concern-0a1b2c3d4e5f', wrapped).equals(dataKey)).toBe(true);
    expect(() => unwrapDataKey(randomBytes(32), 'concern-0a1b2c3d4e5f', wrapped)).toThrow(EncryptionError);
    expect(() => unwrapDataKey(master, 'message-0a1b2c3d4e5f', wrapped)).toThrow(EncryptionError);
  });
});
