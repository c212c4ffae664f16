// The trend_calendar_months migration splits every TrendCell by calendar month. Concerns still held land in
// their real UK month; concerns the retention job deleted before it only ever told TrendRetired their week,
// so they stay in the month of that week's Monday, where the dashboard counted them until now.
import { expect, it } from 'vitest';
import { databaseBeforeMigration } from '../../support/before-migration';

const ANY = '00000000-0000-0000-0000-000000000000';
const BY = (column: string) => `SELECT to_char("${column}", 'YYYY-MM-DD') AS key, sum("concerns")::int AS n
  FROM "TrendCell" WHERE "platformId" = '${ANY}' AND "harmCategoryId" = '${ANY}' GROUP BY 1 ORDER BY 1`;
const CONCERN = (id: string, reference: string, submittedAt: string) => `
  INSERT INTO "Concern" (id, reference, "receiptHash", "partnershipId", route, happened, "stillHappening",
    "childKnows", description, "reporterRelationship", "submittedAt")
  VALUES ('${id}', '${reference}', 'x', '10000000-0000-0000-0000-000000000001', 'FRONT_DOOR', 'THIS_WEEK',
    'NOT_SURE', 'YES', 'sealed', 'PARENT_OR_CARER', timestamptz '${submittedAt}');`;

it('puts held concerns in their UK calendar month and keeps retired ones in their week', async () => {
  const { client, applyIt, drop } = await databaseBeforeMigration('months', '_trend_calendar_months');
  const rows = async (sql: string) => (await client.query(sql)).rows.map((r) => [r.key, r.n]);
  try {
    await client.query(`
      INSERT INTO "Partnership" (id, slug, name) VALUES ('10000000-0000-0000-0000-000000000001', 'p', 'P');
      ${CONCERN('40000000-0000-0000-0000-000000000001', 'REF1', '2026-11-30 23:30Z')}
      ${CONCERN('40000000-0000-0000-0000-000000000002', 'REF2', '2026-12-01 00:30Z')}
      ${CONCERN('40000000-0000-0000-0000-000000000003', 'REF3', '2026-12-02 10:00Z')}`);
    // What the retention job does: retire the counts, then delete the concern.
    await client.query(`SELECT trend_retire(ARRAY['40000000-0000-0000-0000-000000000003'::uuid])`);
    await client.query(`DELETE FROM "Concern" WHERE reference = 'REF3'`);
    expect(await rows(BY('week'))).toEqual([['2026-11-30', 3]]);

    await applyIt();
    expect(await rows(BY('week'))).toEqual([['2026-11-30', 3]]);
    expect(await rows(BY('month'))).toEqual([
      ['2026-11-01', 2], // the concern of 30 November, and the retired one of 2 December (its week's Monday)
      ['2026-12-01', 1],
    ]);
    const retired = await client.query(`SELECT to_char("month", 'YYYY-MM-DD') AS m FROM "TrendRetired"`);
    expect(new Set(retired.rows.map((r) => r.m))).toEqual(new Set(['2026-11-01']));

    // The triggers and a rebuild use the month from now on.
    await client.query(CONCERN('40000000-0000-0000-0000-000000000004', 'REF4', '2026-12-03 10:00Z'));
    await client.query('SELECT trend_rebuild()');
    expect(await rows(BY('month'))).toEqual([
      ['2026-11-01', 2],
      ['2026-12-01', 2],
    ]);
  } finally {
    await drop();
  }
});
