import { beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCode,
  normaliseRecoveryCode,
} from '@/lib/auth/recovery-codes';
import { decodePending, encodePending } from '@/lib/auth/sign-in/pending-sign-in';

describe('recovery codes', () => {
  it('are three groups of four unambiguous characters, all different', () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    for (const code of codes)
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(new Set(codes).size).toBe(200);
  });

  it('match however they are typed', () => {
    const code = newRecoveryCode();
    const typed = code.toLowerCase().replaceAll('-', ' ');
    expect(normaliseRecoveryCode(typed)).toBe(code.replaceAll('-', ''));
    expect(hashRecoveryCode(typed)).toBe(hashRecoveryCode(code));
    expect(looksLikeRecoveryCode(typed)).toBe(true);
    expect(looksLikeRecoveryCode('0000-0000-0000')).toBe(false);
  });
});

describe('the half-signed-in cookie', () => {
  beforeAll(() => {
    // Signing needs only AUTH_SECRET; the configuration check also wants a database address.
    process.env.DATABASE_URL ??= 'postgresql://localhost/unused';
    resetEnvForTests();
  });

  it('round-trips, and refuses a changed payload or an expired one', () => {
    const now = Date.now();
    const value = encodePending('0190f0f0-0000-7000-8000-000000000001', 3, now);
    expect(decodePending(value, now)).toEqual({
      userId: '0190f0f0-0000-7000-8000-000000000001',
      sessionVersion: 3,
    });
    const [payload, signature] = value.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), v: 4 }),
    ).toString('base64url');
    expect(decodePending(`${forged}.${signature}`, now)).toBeNull();
    expect(decodePending(value, now + 11 * 60_000)).toBeNull();
    expect(decodePending('nonsense', now)).toBeNull();
  });
});
