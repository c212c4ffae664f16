import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { closeRateLimits, consumeLimit, LIMITS, resetLimit } from '@/lib/rate-limit/rate-limit';

afterAll(() => closeRateLimits());

describe('rate limits in Postgres', () => {
  it('allows up to the limit, then says how long to wait', async () => {
    const { points } = LIMITS['signin.account'];
    for (let i = 0; i < points; i += 1)
      expect((await consumeLimit('signin.account', 'dsl@example.test')).allowed).toBe(true);
    const refused = await consumeLimit('signin.account', 'dsl@example.test');
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await consumeLimit('signin.account', 'other@example.test')).allowed).toBe(true);
    await resetLimit('signin.account', 'dsl@example.test');
    expect((await consumeLimit('signin.account', 'dsl@example.test')).allowed).toBe(true);
  });

  it('never stores the address or email it counts', async () => {
    await consumeLimit('signin.address', '203.0.113.9');
    const rows = await getDb().rateLimit.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.key).not.toContain('203.0.113.9');
  });
});
