import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { diffSchemas } from '@/lib/database/apply-migrations';
import { migrationsDir, pendingMigrationNames, readMigrations, schemaPath } from '@/lib/database/migrations';
import { describeSchema } from '../support/catalog';
import { adminQuery, withDatabase } from '../support/test-database';

const serverUrl = () => process.env.TEST_SERVER_URL as string;

describe('migrations', () => {
  it('produce exactly the schema that schema.prisma describes (no drift)', async () => {
    const fromSchema = withDatabase(serverUrl(), `drift_${Date.now()}`);
    await adminQuery(serverUrl(), `CREATE DATABASE "${new URL(fromSchema).pathname.slice(1)}"`);
    const sql = await diffSchemas(fromSchema, null, readFileSync(schemaPath, 'utf8'));
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    await client.query(sql);
    await client.end();

    const migrated = await describeSchema(process.env.DATABASE_URL as string);
    const described = await describeSchema(fromSchema);
    expect(migrated.columns?.length).toBeGreaterThan(50);
    expect(migrated).toEqual(described);
  });

  it('include a migration for every change to schema.prisma', async () => {
    const last = readMigrations().at(-1);
    expect(last).toBeDefined();
    const snapshot = readFileSync(join(migrationsDir, last!.name, 'schema.snapshot.prisma'), 'utf8');
    const sql = await diffSchemas(
      process.env.DATABASE_URL as string,
      snapshot,
      readFileSync(schemaPath, 'utf8'),
    );
    expect(sql.replace(/--.*$/gm, '').trim()).toBe('');
  });

  it('are recorded as applied, in the table prisma migrate deploy reads', async () => {
    expect(await pendingMigrationNames(process.env.DATABASE_URL as string)).toEqual([]);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query(
      'SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name',
    );
    await client.end();
    expect(rows.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name));
    for (const row of rows) expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});
