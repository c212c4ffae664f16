// Test databases: one Postgres cluster per run, a template database with every migration applied, and a
// fresh copy of the template for each test file (CREATE DATABASE … TEMPLATE takes milliseconds).
import pg from 'pg';

export const TEMPLATE_DB = 'sg_template';

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Copies the template. Postgres refuses two copies of one template at once, so copies take turns. */
export async function createDatabaseFromTemplate(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(4242)');
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
  } finally {
    await client.query('SELECT pg_advisory_unlock(4242)').catch(() => {});
    await client.end();
  }
  return withDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
