import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSqlDefinitions, sqlDefinitionsDir } from '@/lib/database/sql-definitions';

const onDisk = () =>
  existsSync(sqlDefinitionsDir)
    ? readdirSync(sqlDefinitionsDir)
        .filter((f) => f.endsWith('.sql'))
        .sort()
    : [];

describe('prisma/sql (run npm run db:sql when this fails)', () => {
  it('holds one file for each hand-written function the migrated database has, and no other', async () => {
    const inDatabase = await readSqlDefinitions(process.env.DATABASE_URL as string);
    expect(inDatabase.has('trend_resync.sql')).toBe(true);
    expect(onDisk()).toEqual([...inDatabase.keys()].sort());
  });

  it('holds each function and its triggers exactly as the migrated database defines them', async () => {
    const inDatabase = await readSqlDefinitions(process.env.DATABASE_URL as string);
    for (const [file, text] of inDatabase) {
      expect(readFileSync(join(sqlDefinitionsDir, file), 'utf8'), file).toBe(text);
    }
  });
});
