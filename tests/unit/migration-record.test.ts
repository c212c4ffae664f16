import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  lastMigratedSchema,
  lastMigratedSchemaPath,
  readMigrations,
  schemaPath,
} from '@/lib/database/migrations';

describe('the record of the last migrated schema', () => {
  it('is one file beside the migrations, equal to schema.prisma (a schema change comes with its migration)', () => {
    expect(existsSync(lastMigratedSchemaPath())).toBe(true);
    expect(lastMigratedSchema()).toBe(readFileSync(schemaPath, 'utf8'));
  });

  it('is read from the one file, whatever a migration folder still holds beside its migration.sql', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    mkdirSync(join(dir, '20260101000000_first'));
    writeFileSync(join(dir, '20260101000000_first', 'migration.sql'), 'SELECT 1;');
    // A branch made with the old tooling leaves its own snapshot in its folder: it is not the record.
    writeFileSync(join(dir, '20260101000000_first', 'schema.snapshot.prisma'), 'stale');
    writeFileSync(lastMigratedSchemaPath(dir), 'current');
    expect(readMigrations(dir).map((m) => m.name)).toEqual(['20260101000000_first']);
    expect(lastMigratedSchema(dir)).toBe('current');
  });

  it('is absent before the first migration, so the first one is made from an empty database', () => {
    expect(lastMigratedSchema(mkdtempSync(join(tmpdir(), 'migrations-')))).toBeNull();
  });
});
