// Start-up steps shared by `npm run dev` and `npm start`: find or start the database, check it answers,
// bring its schema up to date. Errors are one plain sentence (StartupError) for the terminal.
import { resolve } from 'node:path';
import pg from 'pg';
import { applyPendingMigrations } from '../../lib/database/apply-migrations';
import { StartupError, startEmbeddedPostgres, type RunningPostgres } from '../../lib/database/embedded';

export { StartupError };

export async function startOrConnectDatabase(log: (line: string) => void): Promise<RunningPostgres> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await assertReachable(external);
    log(`Using the database at ${describeUrl(external)} (DATABASE_URL).`);
    return { url: external, stop: async () => {} };
  }
  const dataDir = resolve(process.env.EMBEDDED_DB_DIR ?? '.data/postgres');
  const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  const started = Date.now();
  const running = await startEmbeddedPostgres({ dataDir, port, database: 'safeguarding' });
  log(`Local PostgreSQL started on port ${port} in ${Date.now() - started} ms (data in ${dataDir}).`);
  return running;
}

export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason =
      (error as { code?: string }).code ?? (error instanceof Error ? error.message : 'no answer');
    throw new StartupError(
      `Cannot reach the database at ${describeUrl(url)} (${reason}). Check DATABASE_URL, or unset it to use the built-in local database.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export async function migrate(url: string, log: (line: string) => void): Promise<void> {
  try {
    const applied = await applyPendingMigrations(url);
    log(applied.length ? `Applied migrations: ${applied.join(', ')}.` : 'Database schema is up to date.');
  } catch (error) {
    throw new StartupError(
      `Could not update the database schema: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
}

/** The URL without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'an address that is not a valid URL';
  }
}

/** After migrating: encrypts any case content still in plain text (the issue 7 data migration; idempotent). */
export async function encryptPlainRows(url: string, log: (line: string) => void): Promise<void> {
  process.env.DATABASE_URL = url;
  const { getDb, disconnectDb } = await import('../../lib/db');
  const { encryptExistingRows } = await import('../../lib/encryption/encrypt-existing-rows');
  try {
    const changed = Object.entries(await encryptExistingRows(getDb()));
    if (changed.length)
      log(`Encrypted rows kept in plain text: ${changed.map(([t, n]) => `${t} ${n}`).join(', ')}.`);
  } catch (error) {
    throw new StartupError(
      `Could not encrypt existing case records: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  } finally {
    await disconnectDb();
  }
}
