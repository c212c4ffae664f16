import { describe, expect, it } from 'vitest';
import { disconnectDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { checkHealth } from '@/lib/health/check-health';
import { adminQuery, withDatabase } from '../support/test-database';

async function healthAt(url: string) {
  const saved = process.env.DATABASE_URL;
  await disconnectDb();
  process.env.DATABASE_URL = url;
  resetEnvForTests();
  try {
    return await checkHealth();
  } finally {
    await disconnectDb();
    process.env.DATABASE_URL = saved;
    resetEnvForTests();
  }
}

describe('health check', () => {
  it('is healthy with the database reachable and every migration applied', async () => {
    expect(await healthAt(process.env.DATABASE_URL as string)).toEqual({
      ok: true,
      database: 'reachable',
      migrations: 'current',
    });
  });

  it('is unhealthy when migrations have not been applied', async () => {
    const server = process.env.TEST_SERVER_URL as string;
    const name = `empty_${Date.now()}`;
    await adminQuery(server, `CREATE DATABASE "${name}"`);
    expect(await healthAt(withDatabase(server, name))).toEqual({
      ok: false,
      database: 'reachable',
      migrations: 'pending',
    });
  });

  it('is unhealthy when the database cannot be reached', async () => {
    expect(await healthAt('postgresql://nobody:nothing@127.0.0.1:1/none')).toEqual({
      ok: false,
      database: 'unreachable',
      migrations: 'unknown',
    });
  });
});
