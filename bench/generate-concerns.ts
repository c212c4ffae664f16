// Generates a large partnership for benchmarks: schools up to `schools` in the demo partnership, then
// `count` more concerns spread across them (about 1 in 7 to the front door), each with a platform, a harm,
// its SUBMITTED and ROUTED entries, and a reporter message on 1 in 20. Case content is sealed as the app
// seals it (lib/encryption, AAD bound to each row), so the tables hold what a real partnership's would and
// nothing has to be encrypted afterwards. Set-based SQL over chunks of 50,000 (INSERT … SELECT FROM unnest,
// ciphertexts made in Node), deterministic but for ids and ciphertexts. Fast enough for 10 million: triggers
// and foreign-key checks are off while loading (session_replication_role = replica), secondary indexes are
// dropped first and rebuilt once at the end, and the trend cells are rebuilt in one pass afterwards.
// Calling it again adds the next `count` (references carry on from the last one).
//   DATABASE_URL=… npx tsx --conditions=react-server bench/generate-concerns.ts [count=1000000] [schools=200]
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { loadKeyring, partnershipKeys } from '../lib/encryption/keyring';
import { withoutSecondaryIndexes } from './lib/bulk-load';

const TABLES = ['Concern', 'ConcernPlatform', 'ConcernHarm', 'ConcernEvent', 'Message'];
const CHUNK = 50_000;
const DESCRIPTION = 'A stranger asked my child for pictures on a game.';
const SUBMITTED = 'Concern received from the reporter.';
const ROUTED = 'Routed.';
const MESSAGE = 'Some more detail.';

export async function generateConcerns(
  url: string,
  count: number,
  schools: number,
  progress: (line: string) => void = () => {},
): Promise<void> {
  const keys = await loadKeyring(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [p] = (await client.query<{ id: string }>(`SELECT id FROM "Partnership" WHERE slug = 'northshire'`))
      .rows;
    if (!p) throw new Error('Seed the demo partnership first (npm run db:seed).');
    keys.learn(await partnershipKeys(url, [p.id]));
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
    const began = Date.now();
    await withoutSecondaryIndexes(client, TABLES, async () => {
      await client.query(
        `CREATE TEMP TABLE batch (id uuid, reference text, "submittedAt" timestamptz, "lastActivityAt" timestamptz)`,
      );
      for (let from = done + 1; from <= done + count; from += CHUNK) {
        const to = Math.min(done + count, from + CHUNK - 1);
        const g: number[] = [];
        const ids: string[] = [];
        const descriptions: string[] = [];
        const submitted: string[] = [];
        const routed: string[] = [];
        const messages: [string[], string[], string[]] = [[], [], []];
        // Each chronology entry's summary is bound to the entry's own id, so the ids come first, as the app
        // takes them (lib/encryption/allocate-row-ids.ts).
        const eventIds = (
          await client.query<{ id: string }>(
            `SELECT nextval(pg_get_serial_sequence('"ConcernEvent"', 'id'))::text AS id
             FROM generate_series(1, $1)`,
            [2 * (to - from + 1)],
          )
        ).rows.map((r) => r.id);
        const submittedIds: string[] = [];
        const routedIds: string[] = [];
        for (let n = from; n <= to; n += 1) {
          const id = randomUUID();
          g.push(n);
          ids.push(id);
          descriptions.push(keys.encrypt('Concern', 'description', id, DESCRIPTION, p.id));
          const [submittedId, routedId] = eventIds.splice(0, 2) as [string, string];
          submittedIds.push(submittedId);
          routedIds.push(routedId);
          submitted.push(keys.encrypt('ConcernEvent', 'summary', submittedId, SUBMITTED, p.id));
          routed.push(keys.encrypt('ConcernEvent', 'summary', routedId, ROUTED, p.id));
          if (n % 20 === 0) {
            const messageId = randomUUID();
            messages[0].push(id);
            messages[1].push(messageId);
            messages[2].push(keys.encrypt('Message', 'body', messageId, MESSAGE, p.id));
          }
        }
        await client.query('BEGIN');
        await client.query(CONCERNS, [p.id, g, ids, descriptions]);
        await client.query(`INSERT INTO "ConcernPlatform" ("concernId", "platformId")
          SELECT c.id, (SELECT array_agg(id ORDER BY "sortOrder") FROM "Platform")[1 + abs(hashtext(c.reference)) % 10]
          FROM batch c`);
        await client.query(`INSERT INTO "ConcernHarm" ("concernId", "harmCategoryId")
          SELECT c.id, (SELECT array_agg(id ORDER BY "sortOrder") FROM "HarmCategory")[1 + abs(hashtext(c.reference)) % 8]
          FROM batch c`);
        await client.query(
          `INSERT INTO "ConcernEvent" (id, "concernId", kind, at, summary)
           SELECT CASE k.n WHEN 1 THEN u.submitted_id ELSE u.routed_id END, c.id, k.kind::"ConcernEventKind",
             c."submittedAt", CASE k.n WHEN 1 THEN u.submitted ELSE u.routed END
           FROM batch c
           JOIN unnest($1::uuid[], $2::bigint[], $3::text[], $4::bigint[], $5::text[])
             AS u(id, submitted_id, submitted, routed_id, routed) USING (id)
           CROSS JOIN (VALUES (1, 'SUBMITTED'), (2, 'ROUTED')) AS k(n, kind)
           ORDER BY c.id, k.n`,
          [ids, submittedIds, submitted, routedIds, routed],
        );
        await client.query(
          `INSERT INTO "Message" (id, "concernId", author, body, "createdAt")
           SELECT u.id, c.id, 'REPORTER', u.body, c."lastActivityAt"
           FROM batch c JOIN unnest($1::uuid[], $2::uuid[], $3::text[]) AS u(concern, id, body) ON u.concern = c.id`,
          messages,
        );
        await client.query('TRUNCATE batch');
        await client.query('COMMIT');
        if (to % 1_000_000 === 0 || to === done + count)
          progress(
            `  ${(to - done).toLocaleString('en-GB')} of ${count.toLocaleString('en-GB')} concerns in ${((Date.now() - began) / 1000).toFixed(0)} s`,
          );
      }
      await client.query('DROP TABLE batch; SET session_replication_role = origin');
    });
    progress(`  indexes rebuilt at ${((Date.now() - began) / 1000).toFixed(0)} s`);
    // The trends' aggregate table (issue 6), rebuilt in one pass rather than by a trigger per row.
    await client.query(`SELECT trend_rebuild() WHERE to_regproc('trend_rebuild') IS NOT NULL`);
    // As autovacuum would leave it, so it does not start in the middle of the measurements.
    await client.query('VACUUM (ANALYZE)');
    progress(`  trend cells rebuilt and vacuumed at ${((Date.now() - began) / 1000).toFixed(0)} s`);
  } finally {
    await client.end();
  }
}

// Statuses weighted as in a real partnership: most closed, a few open, very few never opened.
const CONCERNS = `
WITH s AS (SELECT array_agg(id ORDER BY urn) AS ids, count(*)::int AS n FROM "School" WHERE "partnershipId" = $1),
rows AS (
  SELECT g, id, description, (g * 2654435761::bigint) % 1000 AS h,
    now() - make_interval(secs => (g * 48271::bigint) % (86400 * 900)) AS at
  FROM unnest($2::int[], $3::uuid[], $4::text[]) AS u(g, id, description)
), inserted AS (
INSERT INTO "Concern" (id, reference, "receiptHash", "partnershipId", "schoolId", route, status, urgent,
  "riskLevel", happened, "stillHappening", "childKnows", description, "reporterRelationship", "submittedAt",
  "firstOpenedAt", "lastActivityAt", "closedAt")
SELECT id, 'BN-' || g, 'not-a-real-hash', $1,
  CASE WHEN h % 7 = 0 THEN NULL ELSE s.ids[1 + g % s.n] END,
  (CASE WHEN h % 7 = 0 THEN 'FRONT_DOOR' ELSE 'SCHOOL' END)::"ConcernRoute",
  (CASE WHEN h < 2 THEN 'NEW' WHEN h < 30 THEN 'OPENED' WHEN h < 60 THEN 'UNDER_REVIEW'
        WHEN h < 80 THEN 'ACTION_TAKEN' WHEN h < 150 THEN 'REFERRED' ELSE 'CLOSED' END)::"ConcernStatus",
  h % 12 = 0,
  (CASE WHEN h < 30 THEN NULL WHEN h % 3 = 0 THEN 'LOW' WHEN h % 3 = 1 THEN 'MEDIUM' ELSE 'HIGH' END)::"RiskLevel",
  'THIS_WEEK', 'NOT_SURE', 'YES', description, 'PARENT_OR_CARER',
  at, CASE WHEN h < 2 THEN NULL ELSE at + interval '3 hours' END, at + interval '2 days',
  CASE WHEN h >= 150 THEN at + interval '9 days' END
FROM rows, s
RETURNING id, reference, "submittedAt", "lastActivityAt")
INSERT INTO batch SELECT * FROM inserted`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1_000_000);
  const schools = Number(process.argv[3] ?? 200);
  const began = Date.now();
  generateConcerns(process.env.DATABASE_URL as string, count, schools, console.log)
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
