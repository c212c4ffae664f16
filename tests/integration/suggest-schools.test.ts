import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRateLimits, consumeLimit, LIMITS } from '@/lib/rate-limit/rate-limit';
import { SUGGESTION_COUNT, suggestSchools } from '@/lib/reporting/suggest-schools';
import { makePartnership, makeSchool } from '../support/factories';

afterAll(() => closeRateLimits());

describe('school suggestions for the type-ahead', () => {
  beforeAll(async () => {
    const partnership = await makePartnership();
    for (let i = 0; i < SUGGESTION_COUNT + 5; i += 1)
      await makeSchool(partnership.id, {
        name: `Riverside School ${String(i).padStart(2, '0')}`,
        town: 'Lowford',
      });
    await makeSchool(partnership.id, { name: 'Hilltop Primary', town: 'Upton', postcode: 'NS9 1ZZ' });
    await makeSchool(partnership.id, { name: 'Hilltop Infants (closed)', active: false });
  });

  it('names active schools only, with their town and postcode and nothing else', async () => {
    const answer = await suggestSchools('hilltop', '203.0.113.20');
    expect(answer).toEqual({
      status: 200,
      suggestions: [{ name: 'Hilltop Primary', town: 'Upton', postcode: 'NS9 1ZZ' }],
    });
    expect((await suggestSchools('ns9 1', '203.0.113.20')).suggestions).toHaveLength(1);
  });

  it('gives at most a handful, in name order', async () => {
    const { suggestions } = await suggestSchools('Lowford', '203.0.113.21');
    expect(suggestions).toHaveLength(SUGGESTION_COUNT);
    expect(suggestions[0]?.name).toBe('Riverside School 00');
  });

  it('refuses a query the type-ahead would never send, before asking the database', async () => {
    for (const query of [null, '', ' a ', 'x'.repeat(101)])
      expect(await suggestSchools(query, '203.0.113.22')).toEqual({ status: 400, suggestions: [] });
  });

  it('stops answering an address that asks too often', async () => {
    const { points } = LIMITS['schools.suggest.address'];
    await consumeLimit('schools.suggest.address', '203.0.113.23', points);
    const answer = await suggestSchools('hilltop', '203.0.113.23');
    expect(answer.status).toBe(429);
    expect(answer.suggestions).toEqual([]);
    expect((await suggestSchools('hilltop', '203.0.113.24')).status).toBe(200);
  });
});
