// The platform_warning migration renames the table of warnings to parents (it was "PlatformAlert"): every
// row, draft and published, must come through it unchanged, with its primary key and index renamed too.
import { expect, it } from 'vitest';
import { databaseBeforeMigration } from '../support/before-migration';

it('keeps every warning written before the rename, with its key and index', async () => {
  const { client, applyIt, drop } = await databaseBeforeMigration('warnings', '_platform_warning');
  try {
    await client.query(`
      INSERT INTO "Partnership" (id, slug, name) VALUES ('10000000-0000-0000-0000-000000000001', 'p', 'P');
      INSERT INTO "PlatformAlert" (id, "partnershipId", title, "whatToKnow", "whatToDo", "publishedFrom", "updatedAt")
      VALUES ('50000000-0000-0000-0000-000000000001', '10000000-0000-0000-0000-000000000001', 'Published',
          'Know this.', 'Do this.', timestamptz '2026-11-01 09:00Z', now()),
        ('50000000-0000-0000-0000-000000000002', '10000000-0000-0000-0000-000000000001', 'Draft',
          'Know that.', 'Do that.', NULL, now());`);
    const before = (await client.query(`SELECT * FROM "PlatformAlert" ORDER BY id`)).rows;

    await applyIt();
    expect((await client.query(`SELECT * FROM "PlatformWarning" ORDER BY id`)).rows).toEqual(before);
    expect((await client.query(`SELECT to_regclass('"PlatformAlert"') AS t`)).rows[0].t).toBeNull();
    const names = await client.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'PlatformWarning' ORDER BY indexname`,
    );
    expect(names.rows.map((r) => r.indexname)).toEqual([
      'PlatformWarning_partnershipId_publishedFrom_idx',
      'PlatformWarning_pkey',
    ]);
    const constraints = await client.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = '"PlatformWarning"'::regclass AND conname LIKE '%Alert%'`,
    );
    expect(constraints.rows).toEqual([]);
  } finally {
    await drop();
  }
});
