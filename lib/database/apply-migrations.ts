// Applying migrations and diffing schemas with the WebAssembly schema engine, offline.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lockfileName, migrationsDir, readMigrations, schemaPath } from './migrations';
import { noFilters, withSchemaEngine } from './schema-engine';

/** Applies every pending migration; returns the names of those applied. */
export async function applyPendingMigrations(databaseUrl: string, dir = migrationsDir): Promise<string[]> {
  const migrations = readMigrations(dir);
  const lockPath = join(dir, lockfileName);
  const datamodel = { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
  return withSchemaEngine(databaseUrl, datamodel, async (engine) => {
    const result = await engine.applyMigrations({
      migrationsList: {
        baseDir: dir,
        lockfile: {
          path: lockfileName,
          content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
        },
        shadowDbInitScript: '',
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
        })),
      },
      filters: noFilters,
    });
    return result.appliedMigrationNames;
  });
}

/** The SQL that turns a database made from `from` (or an empty one) into one made from `to`. */
export async function diffSchemas(databaseUrl: string, from: string | null, to: string): Promise<string> {
  return withSchemaEngine(databaseUrl, { path: schemaPath, content: to }, async (engine) => {
    const result = await engine.diff({
      from:
        from === null
          ? { tag: 'empty' }
          : { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: from }] },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: to }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? '';
  });
}
