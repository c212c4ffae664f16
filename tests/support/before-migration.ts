// For tests of a data migration: a fresh database with every migration before the named one applied, so a
// test can put old-shaped rows in, apply the migration, and check what it did to them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { migrationsDir } from '@/lib/database/migrations';
import { adminQuery, dropDatabase, withDatabase } from './test-database';

export interface BeforeMigration {
  client: pg.Client;
  /** Applies the named migration (the one the database stops just before). */
  applyIt: () => Promise<unknown>;
  /** Closes the connection and drops the database. */
  drop: () => Promise<void>;
}

/** `suffix` is the migration folder's name without its timestamp, e.g. `_trends_retired`. */
export async function databaseBeforeMigration(prefix: string, suffix: string): Promise<BeforeMigration> {
  const server = process.env.TEST_SERVER_URL as string;
  const name = `${prefix}_${Date.now()}`;
  await adminQuery(server, `CREATE DATABASE "${name}"`);
  const client = new pg.Client({ connectionString: withDatabase(server, name) });
  await client.connect();
  const dirs = readdirSync(migrationsDir)
    .filter((d) => /^\d+_/.test(d))
    .sort();
  const at = dirs.findIndex((d) => d.endsWith(suffix));
  if (at < 0) throw new Error(`No migration ends with ${suffix}`);
  const run = (dir: string) => client.query(readFileSync(join(migrationsDir, dir, 'migration.sql'), 'utf8'));
  try {
    for (const dir of dirs.slice(0, at)) await run(dir);
  } catch (error) {
    await client.end();
    await dropDatabase(server, name);
    throw error;
  }
  return {
    client,
    applyIt: () => run(dirs[at]!),
    drop: async () => {
      await client.end();
      await dropDatabase(server, name);
    },
  };
}
