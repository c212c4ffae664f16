import 'server-only';
import { getDb } from '@/lib/db';
import { readMigrations } from '@/lib/database/migrations';

export interface Health {
  ok: boolean;
  database: 'reachable' | 'unreachable';
  migrations: 'current' | 'pending' | 'unknown';
}

const TIMEOUT_MS = 3000;

/** Whether the app can serve: the database answers and every migration on disk has been applied. */
export async function checkHealth(): Promise<Health> {
  try {
    const db = getDb();
    const [table] = await withTimeout(
      db.$queryRaw<
        { found: boolean }[]
      >`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS found`,
    );
    // The database answers but was never migrated.
    if (!table?.found) return { ok: false, database: 'reachable', migrations: 'pending' };
    const applied = await withTimeout(
      db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Set(applied.map((row) => row.migration_name));
    const pending = readMigrations().some((m) => !done.has(m.name));
    return { ok: !pending, database: 'reachable', migrations: pending ? 'pending' : 'current' };
  } catch {
    return { ok: false, database: 'unreachable', migrations: 'unknown' };
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('health check timed out')), TIMEOUT_MS)),
  ]);
}
