// The migration that adds the national "asked to meet" kind of harm (issue 22 item 4): a service that
// already offers kinds of harm gets it once, after the others and before "Something else"; an empty list
// (a new service, seeded later) is left alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { migrationsDir } from '@/lib/database/migrations';
import { listActiveHarmCategories } from '@/lib/reporting/list-report-choices';
import { makePartnership } from '../support/factories';

const sql = readFileSync(
  join(migrationsDir, '20261203065129_adult_and_asked_to_meet', 'migration.sql'),
  'utf8',
);
const insert = sql.slice(sql.indexOf('INSERT INTO "HarmCategory"')).trim();
const addHarm = () => getDb().$executeRawUnsafe(insert);
const askedToMeet = () => getDb().harmCategory.findMany({ where: { slug: 'asked-to-meet' } });

describe('the "asked to meet" kind of harm, added by migration', () => {
  it('leaves an empty list empty', async () => {
    await addHarm();
    expect(await askedToMeet()).toEqual([]);
  });

  it('is added once to a service that offers kinds of harm, before "Something else"', async () => {
    const db = getDb();
    await db.harmCategory.create({
      data: { slug: 'other', name: 'Something else', isOther: true, sortOrder: 2 },
    });
    await db.harmCategory.create({
      data: { slug: 'bullied', name: 'Was bullied or picked on', sortOrder: 1 },
    });
    await addHarm();
    await addHarm();
    expect(await askedToMeet()).toHaveLength(1);
    expect((await listActiveHarmCategories((await makePartnership()).id)).map((h) => h.name)).toEqual([
      'Was bullied or picked on',
      'Someone asked to meet them in person',
      'Something else',
    ]);
  });
});
