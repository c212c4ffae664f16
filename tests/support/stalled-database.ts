// The app's database reached through a stalling proxy (stalling-proxy.ts), for tests of a parent's request
// while the database stalls, with a direct connection beside it that no stall touches.
import pg from 'pg';
import { disconnectDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { startStallingProxy, type StallingProxy } from './stalling-proxy';

/** About 15 s is as long as a parent should wait for an answer; the tests allow for a busy machine. */
export const PARENT_LIMIT_MS = 15_000;

export interface StalledDatabase {
  proxy: StallingProxy;
  direct: pg.Client;
  /** Resumes the proxy, closes every connection and the proxy. */
  close: () => Promise<void>;
}

/** Points the app (its Prisma client and rate limits) at a proxy in front of this file's database. */
export async function routeAppThroughStallingProxy(): Promise<StalledDatabase> {
  const databaseUrl = process.env.DATABASE_URL as string;
  const direct = new pg.Client({ connectionString: databaseUrl });
  await direct.connect();
  const proxy = await startStallingProxy(databaseUrl);
  await disconnectDb();
  await closeRateLimits();
  process.env.DATABASE_URL = proxy.url;
  resetEnvForTests();
  return {
    proxy,
    direct,
    close: async () => {
      proxy.resume();
      await closeRateLimits();
      await disconnectDb();
      await proxy.close();
      await direct.end();
    },
  };
}

/** Waits until no connection of the app is still working or inside a transaction: whatever was going to
 * commit late has done so (or given up) by then. `direct` is a connection that bypasses the proxy. */
export async function untilQuiet(direct: pg.Client): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 200) {
    const { rows } = await direct.query(
      `SELECT count(*) n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND state IN ('active', 'idle in transaction', 'idle in transaction (aborted)')`,
    );
    if (Number(rows[0].n) === 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the app kept working on the database');
}
