import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { diffSchemas } from '@/lib/database/apply-migrations';
import { pendingMigrationNames, readMigrations, schemaPath } from '@/lib/database/migrations';
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

  it('are recorded with the checksum prisma migrate deploy computes from each migration.sql', async () => {
    // Prisma's CLI compares this checksum with the file's; a mismatch makes a machine with the native
    // engine refuse the database as "modified after it was applied", so the two runners must agree.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name',
    );
    await client.end();
    const onDisk = readMigrations().map((m) => ({
      migration_name: m.name,
      checksum: createHash('sha256').update(m.sql).digest('hex'),
    }));
    expect(onDisk.length).toBeGreaterThan(0);
    expect(rows).toEqual(onDisk);
  });

  it('are recorded as applied, in the table prisma migrate deploy reads', async () => {
    expect(await pendingMigrationNames(process.env.DATABASE_URL as string)).toEqual([]);
  });
});
