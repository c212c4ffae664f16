// Generates a large partnership for benchmarks: schools up to `schools` in the demo partnership, then
// `count` more concerns spread across them (about 1 in 7 to the front door), each with a platform, a harm,
// its SUBMITTED and ROUTED entries, and a reporter message on 1 in 20. All in set-based SQL
// (INSERT … SELECT generate_series), deterministic for a given count. Fast enough for 10 million: triggers
// and foreign-key checks are off while loading (session_replication_role = replica), secondary indexes are
// dropped first and rebuilt once at the end, and the trend cells are rebuilt in one pass afterwards.
// Calling it again adds the next `count` (references carry on from the last one).
//   DATABASE_URL=… npx tsx bench/generate-concerns.ts [count=1000000] [schools=200]
import pg from 'pg';

const TABLES = ['Concern', 'ConcernPlatform', 'ConcernHarm', 'ConcernEvent', 'Message'];

export async function generateConcerns(url: string, count: number, schools: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [p] = (await client.query<{ id: string }>(`SELECT id FROM "Partnership" WHERE slug = 'northshire'`))
      .rows;
    if (!p) throw new Error('Seed the demo partnership first (npm run db:seed).');
    await client.query(
      `INSERT INTO "School" (id, "partnershipId", urn, name, phase, "localAuthority", "updatedAt")
       SELECT gen_random_uuid(), $1, 980000 + g, 'Bench School ' || g, 'PRIMARY', 'Northshire', now()
       FROM generate_series(1, greatest(0, $2 - (SELECT count(*) FROM "School" WHERE "partnershipId" = $1))) g
       ON CONFLICT (urn) DO NOTHING`,
      [p.id, schools],
    );
    await client.query(`SET maintenance_work_mem = '1GB'; SET session_replication_role = replica`);
    const done = (
      await client.query<{ n: number }>(
        `SELECT coalesce(max(substring(reference FROM 4)::int), 0) AS n FROM "Concern" WHERE reference LIKE 'BN-%'`,
      )
    ).rows[0]?.n as number;
    const indexes = (
      await client.query<{ name: string; definition: string }>(
        `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
         WHERE schemaname = 'public' AND tablename = ANY($1) AND indexname NOT LIKE '%pkey'`,
        [TABLES],
      )
    ).rows;
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    await client.query(
      `CREATE TEMP TABLE batch (id uuid, reference text, "submittedAt" timestamptz, "lastActivityAt" timestamptz)`,
    );
    await client.query(CONCERNS, [p.id, count, done]);
    await client.query(`INSERT INTO "ConcernPlatform" ("concernId", "platformId")
      SELECT c.id, (SELECT array_agg(id ORDER BY "sortOrder") FROM "Platform")[1 + abs(hashtext(c.reference)) % 10]
      FROM batch c`);
    await client.query(`INSERT INTO "ConcernHarm" ("concernId", "harmCategoryId")
      SELECT c.id, (SELECT array_agg(id ORDER BY "sortOrder") FROM "HarmCategory")[1 + abs(hashtext(c.reference)) % 8]
      FROM batch c`);
    await client.query(`INSERT INTO "ConcernEvent" ("concernId", kind, at, summary)
      SELECT c.id, k.kind::"ConcernEventKind", c."submittedAt", k.summary
      FROM batch c CROSS JOIN (VALUES ('SUBMITTED', 'Concern received from the reporter.'),
                                      ('ROUTED', 'Routed.')) AS k(kind, summary)`);
    await client.query(`INSERT INTO "Message" (id, "concernId", author, body, "createdAt")
      SELECT gen_random_uuid(), c.id, 'REPORTER', 'Some more detail.', c."lastActivityAt"
      FROM batch c WHERE abs(hashtext(c.reference)) % 20 = 0`);
    await client.query('DROP TABLE batch; SET session_replication_role = origin');
    for (const index of indexes) await client.query(index.definition);
    // The trends' aggregate table (issue 6), rebuilt in one pass rather than by a trigger per row.
    await client.query(`SELECT trend_rebuild() WHERE to_regproc('trend_rebuild') IS NOT NULL`);
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

// Statuses weighted as in a real partnership: most closed, a few open, very few never opened.
const CONCERNS = `
WITH s AS (SELECT array_agg(id ORDER BY urn) AS ids, count(*)::int AS n FROM "School" WHERE "partnershipId" = $1),
rows AS (
  SELECT g, (g * 2654435761::bigint) % 1000 AS h, now() - make_interval(secs => (g * 48271::bigint) % (86400 * 900)) AS at
  FROM generate_series($3::int + 1, $3::int + $2::int) g
), inserted AS (
INSERT INTO "Concern" (id, reference, "receiptHash", "partnershipId", "schoolId", route, status, urgent,
  "riskLevel", happened, "stillHappening", "childKnows", description, "reporterRelationship", "submittedAt",
  "firstOpenedAt", "lastActivityAt", "closedAt")
SELECT gen_random_uuid(), 'BN-' || g, 'not-a-real-hash', $1,
  CASE WHEN h % 7 = 0 THEN NULL ELSE s.ids[1 + g % s.n] END,
  (CASE WHEN h % 7 = 0 THEN 'FRONT_DOOR' ELSE 'SCHOOL' END)::"ConcernRoute",
  (CASE WHEN h < 2 THEN 'NEW' WHEN h < 30 THEN 'OPENED' WHEN h < 60 THEN 'UNDER_REVIEW'
        WHEN h < 80 THEN 'ACTION_TAKEN' WHEN h < 150 THEN 'REFERRED' ELSE 'CLOSED' END)::"ConcernStatus",
  h % 12 = 0,
  (CASE WHEN h < 30 THEN NULL WHEN h % 3 = 0 THEN 'LOW' WHEN h % 3 = 1 THEN 'MEDIUM' ELSE 'HIGH' END)::"RiskLevel",
  'THIS_WEEK', 'NOT_SURE', 'YES', 'A stranger asked my child for pictures on a game.', 'PARENT_OR_CARER',
  at, CASE WHEN h < 2 THEN NULL ELSE at + interval '3 hours' END, at + interval '2 days',
  CASE WHEN h >= 150 THEN at + interval '9 days' END
FROM rows, s
RETURNING id, reference, "submittedAt", "lastActivityAt")
INSERT INTO batch SELECT * FROM inserted`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1_000_000);
  const schools = Number(process.argv[3] ?? 200);
  const began = Date.now();
  generateConcerns(process.env.DATABASE_URL as string, count, schools)
    .then(() =>
      console.log(
        `Generated ${count} concerns across ${schools} schools in ${((Date.now() - began) / 1000).toFixed(0)} s.`,
      ),
    )
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
