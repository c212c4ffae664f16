import { generate, generateSecret } from 'otplib';
import { describe, expect, it } from 'vitest';
import { normaliseTotpCode, totpStepOf } from '@/lib/auth/totp';

const at = Date.UTC(2026, 10, 24, 9, 0, 15);
const step = BigInt(Math.floor(at / 1000 / 30));

async function codeAt(secret: string, ms: number) {
  return generate({ secret, epoch: Math.floor(ms / 1000) });
}

describe('authenticator codes', () => {
  it('finds the 30-second step a current code belongs to', async () => {
    const secret = generateSecret();
    expect(await totpStepOf(secret, await codeAt(secret, at), at)).toBe(step);
  });

  it('allows one step of clock drift either way, and no more', async () => {
    const secret = generateSecret();
    expect(await totpStepOf(secret, await codeAt(secret, at - 30_000), at)).toBe(step - 1n);
    expect(await totpStepOf(secret, await codeAt(secret, at + 30_000), at)).toBe(step + 1n);
    expect(await totpStepOf(secret, await codeAt(secret, at - 90_000), at)).toBeNull();
    expect(await totpStepOf(secret, await codeAt(secret, at + 90_000), at)).toBeNull();
  });

  it('refuses anything that is not six digits, and another secret’s code', async () => {
    const secret = generateSecret();
    expect(await totpStepOf(secret, '12345', at)).toBeNull();
    expect(await totpStepOf(secret, 'abcdef', at)).toBeNull();
    expect(await totpStepOf(secret, await codeAt(generateSecret(), at), at)).toBeNull();
  });

  it('ignores spaces and dashes people type', () => {
    expect(normaliseTotpCode(' 123 456 ')).toBe('123456');
    expect(normaliseTotpCode('123-456')).toBe('123456');
  });
});
