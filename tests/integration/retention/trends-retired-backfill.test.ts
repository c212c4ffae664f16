// Concerns the retention job deleted before the trends_retired migration are still counted by TrendCell.
// The migration must record them in TrendRetired, so that a later trend_rebuild() keeps them.
import { expect, it } from 'vitest';
import { databaseBeforeMigration } from '../../support/before-migration';

const CELLS = `SELECT string_agg(concat_ws('|', "partnershipId", "week", "platformId", "harmCategoryId", "yearBand",
  "phase", "area", "urgent", "concerns", "opened", "openSeconds", "closed", "closeSeconds"), E'\\n'
  ORDER BY "partnershipId", "week", "platformId", "harmCategoryId", "yearBand", "phase", "area", "urgent")
  AS cells FROM "TrendCell"`;

it('records what concerns deleted before it had counted, and a rebuild then keeps them', async () => {
  const { client, applyIt, drop } = await databaseBeforeMigration('retired', '_trends_retired');
  try {
    await client.query(`
      INSERT INTO "Partnership" (id, slug, name) VALUES ('10000000-0000-0000-0000-000000000001', 'p', 'P');
      INSERT INTO "Platform" (id, slug, name, "updatedAt") VALUES
        ('20000000-0000-0000-0000-000000000001', 'a', 'A', now()), ('20000000-0000-0000-0000-000000000002', 'b', 'B', now());
      INSERT INTO "HarmCategory" (id, slug, name, "updatedAt") VALUES ('30000000-0000-0000-0000-000000000001', 'h', 'H', now());
      INSERT INTO "Concern" (id, reference, "receiptHash", "partnershipId", route, happened, "stillHappening",
        "childKnows", description, "reporterRelationship", "submittedAt", "firstOpenedAt", "closedAt", urgent)
      SELECT ('40000000-0000-0000-0000-00000000000' || i)::uuid, 'REF' || i, 'x', '10000000-0000-0000-0000-000000000001',
        'FRONT_DOOR', 'THIS_WEEK', 'NOT_SURE', 'YES', 'sealed', 'PARENT_OR_CARER',
        timestamptz '2015-03-02 10:00Z' + i * interval '2 days', timestamptz '2015-03-05 10:00Z' + i * interval '1 hour',
        CASE WHEN i < 3 THEN timestamptz '2015-04-01 10:00Z' + i * interval '1 day' END, i = 1
      FROM generate_series(1, 4) AS i;
      INSERT INTO "ConcernPlatform" ("concernId", "platformId")
        SELECT c.id, p.id FROM "Concern" c CROSS JOIN "Platform" p WHERE p.slug = 'a' OR c.reference <> 'REF3';
      INSERT INTO "ConcernHarm" ("concernId", "harmCategoryId")
        SELECT id, '30000000-0000-0000-0000-000000000001' FROM "Concern" WHERE reference <> 'REF4';`);
    // What the retention job did before the migration: the TrendMember rows first, then the concerns.
    const gone = `'40000000-0000-0000-0000-000000000001', '40000000-0000-0000-0000-000000000002'`;
    await client.query(`DELETE FROM "TrendMember" WHERE "concernId" IN (${gone})`);
    await client.query(`DELETE FROM "Concern" WHERE id IN (${gone})`);
    const before = (await client.query(CELLS)).rows[0].cells as string;
    const anyAny = `SELECT sum("concerns")::int AS n FROM "TrendCell"
      WHERE "platformId" = '00000000-0000-0000-0000-000000000000' AND "harmCategoryId" = "platformId"`;
    expect((await client.query(anyAny)).rows[0].n).toBe(4); // still counts the two deleted concerns

    await applyIt();
    expect((await client.query(CELLS)).rows[0].cells).toBe(before);
    const counted = await client.query(`SELECT "concerns", "closed" FROM "TrendRetired"
      WHERE "platformId" = '00000000-0000-0000-0000-000000000000' AND "harmCategoryId" = "platformId"`);
    expect(counted.rows.map((r) => [r.concerns, r.closed]).sort()).toEqual([
      [1, 1],
      [1, 1],
    ]);
    await client.query('SELECT trend_rebuild()');
    expect((await client.query(CELLS)).rows[0].cells).toBe(before);
  } finally {
    await drop();
  }
});
