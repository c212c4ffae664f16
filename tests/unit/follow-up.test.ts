import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { makeProof, PROOF_MINUTES, readProof } from '@/lib/follow-up/reporter-proof';
import { statusInPlainWords } from '@/lib/follow-up/status-words';
import { openReceipt, sealReceipt } from '@/lib/reporting/seal-receipt';

describe('status in plain words', () => {
  it('gives a parent three states, never staff’s internal steps', () => {
    expect(statusInPlainWords('NEW').tag).toBe('Received');
    for (const status of ['OPENED', 'UNDER_REVIEW', 'ACTION_TAKEN', 'REFERRED'] as const)
      expect(statusInPlainWords(status).tag).toBe('Being looked at');
    expect(statusInPlainWords('CLOSED').tag).toBe('Closed');
  });
});

describe('reporter proof', () => {
  // The proof is signed with AUTH_SECRET; the configuration needs a database address to be valid.
  const saved = process.env.DATABASE_URL;
  beforeAll(() => {
    process.env.DATABASE_URL ??= 'postgresql://unit:test@localhost:5432/none';
    resetEnvForTests();
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    resetEnvForTests();
  });
  const id = '0190a000-0000-7000-8000-000000000000';

  it('stands for its concern until it runs out', () => {
    const now = Date.now();
    const proof = makeProof(id, now);
    expect(readProof(proof, now + 1000)).toBe(id);
    expect(readProof(proof, now + PROOF_MINUTES * 60_000 + 1)).toBeNull();
  });

  it('cannot be forged for another concern or a later time', () => {
    const [, expires, signature] = makeProof(id).split('.');
    expect(readProof(`0190a000-0000-7000-8000-000000000001.${expires}.${signature}`)).toBeNull();
    expect(readProof(`${id}.${Number(expires) + 1}.${signature}`)).toBeNull();
    expect(readProof(undefined)).toBeNull();
    expect(readProof('nonsense')).toBeNull();
  });
});

describe('sealed receipt', () => {
  it('opens only with the journey’s own token', () => {
    const sealed = sealReceipt('token-a', 'BCDF-GHJK-MNPQ-RSTV');
    expect(sealed).not.toContain('BCDF');
    expect(openReceipt('token-a', sealed)).toBe('BCDF-GHJK-MNPQ-RSTV');
    expect(openReceipt('token-b', sealed)).toBeNull();
  });
});
