// The migrations folder and what a database has applied of it. No schema engine here: the health check
// uses this at run time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';

export const migrationsDir = resolve(process.cwd(), 'prisma', 'migrations');
export const schemaPath = resolve(process.cwd(), 'prisma', 'schema.prisma');
export const lockfileName = 'migration_lock.toml';
/** The schema the newest migration produced: what `npm run db:migration` diffs schema.prisma against. */
export const lastMigratedSchemaName = 'schema.last-migrated.prisma';

export interface MigrationOnDisk {
  name: string;
  sql: string;
}

export function readMigrations(dir = migrationsDir): MigrationOnDisk[] {
  // turbopackIgnore: the health check reads prisma/migrations at run time; the Docker image copies that
  // folder, so the bundler need not trace (and ship) the whole project for it.
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(/*turbopackIgnore: true*/ join(dir, entry.name, 'migration.sql')),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      sql: readFileSync(/*turbopackIgnore: true*/ join(dir, name, 'migration.sql'), 'utf8'),
    }));
}

export function lastMigratedSchemaPath(dir = migrationsDir): string {
  return join(dir, lastMigratedSchemaName);
}

/**
 * The one record of the last migrated schema, or null before the first migration. A migration folder
 * holds only its migration.sql; a `schema.snapshot.prisma` left in one by the old tooling is ignored.
 */
export function lastMigratedSchema(dir = migrationsDir): string | null {
  const path = lastMigratedSchemaPath(dir);
  return existsSync(/*turbopackIgnore: true*/ path)
    ? readFileSync(/*turbopackIgnore: true*/ path, 'utf8')
    : null;
}

/** Migrations on disk that the database has not finished applying (all of them on an empty database). */
export async function pendingMigrationNames(databaseUrl: string, dir = migrationsDir): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists",
    );
    const applied = new Set<string>();
    if (table.rows[0]?.exists) {
      const rows = await client.query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      );
      for (const row of rows.rows) applied.add(row.migration_name);
    }
    return readMigrations(dir)
      .map((m) => m.name)
      .filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}
