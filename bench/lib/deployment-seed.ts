// A deployment for England, seeded with set-based SQL: 150 partnerships, 24,000 GIAS-shaped schools (160
// each) and N concerns spread by school size. Deterministic: every id, reference and time comes from the
// row's number and the run's anchor time, so seeding with `only` set gives that one partnership's rows
// exactly as the whole deployment holds them (its schools, its concerns, their platforms, harms and
// messages), which is what one partnership on a deployment of its own would hold.
//
// Schools (by a hash of their number, as GIAS has them): 72% primary, 16% secondary, 2% all-through, 4%
// nursery, 3% sixteen-plus, 3% special. Pupils skewed small within each phase: primaries 30–600 (most under
// 250), secondaries 400–2,065 (a few over 1,500), all-through 900–1,900, nursery 20–120, sixteen-plus
// 200–1,200, special 50–250; about 8.4 million pupils in all. A school's share of the concerns is its share
// of the pupils (one slot per 10 pupils, each concern drawn to a slot by a hash). 1 in 7 concerns has no
// school (the partnership's front door, spread evenly); 1 in 50 of the schools' concerns was sent through
// a neighbouring partnership's site (a cross-border case; none when one partnership is alone). Concerns are
// written in the order they arrived over 900 days up to the anchor, as a live table fills, so one school's
// rows lie scattered among every other school's. Statuses as in bench/generate-concerns.ts; one or two
// platforms of 12 and one or two harms of 8 each; a parent's answer about what the platform did on 1 in 8; a
// reporter's message on 1 in 20. No chronology entries (neither the case list nor trends reads them). Case
// content is a ciphertext-sized placeholder: nothing measured decrypts it.
import type pg from 'pg';
import { withoutSecondaryIndexes } from './bulk-load';

export const PARTNERSHIPS = 150;
export const SCHOOLS = 24_000;

/** A fixed uuid for row n of a kind: the same in every database seeded. */
export const benchUuid = (kind: string, n: number | bigint) =>
  `00000000-0000-4000-${kind}-${n.toString(16).padStart(12, '0')}`;
const uuid = (kind: string, n: string) =>
  `('00000000-0000-4000-${kind}-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
export const KIND = {
  partnership: 'a000',
  school: 'a001',
  concern: 'a002',
  platform: 'a003',
  harm: 'a004',
  message: 'a005',
  staff: 'a006',
};

const PLACEHOLDER = `'enc:v2:bench-placeholder:' || repeat('x', 90)`;

const SCHOOL_TABLE = `
CREATE TEMP TABLE bench_school AS
WITH s AS (
  SELECT i, 1 + i % ${PARTNERSHIPS} AS p, (i::bigint * 2654435761) % 100 AS h, (i::bigint * 40503) % 1000 AS v
  FROM generate_series(0, ${SCHOOLS - 1}) AS i
), phased AS (
  SELECT i, p, v, CASE WHEN h < 72 THEN 'PRIMARY' WHEN h < 88 THEN 'SECONDARY' WHEN h < 90 THEN 'ALL_THROUGH'
    WHEN h < 94 THEN 'NURSERY' WHEN h < 97 THEN 'SIXTEEN_PLUS' ELSE 'NOT_APPLICABLE' END AS phase FROM s
), sized AS (
  SELECT i, p, phase, CASE phase WHEN 'PRIMARY' THEN 30 + v * v / 1750 WHEN 'SECONDARY' THEN 400 + v * v / 600
    WHEN 'ALL_THROUGH' THEN 900 + v WHEN 'NURSERY' THEN 20 + v / 10 WHEN 'SIXTEEN_PLUS' THEN 200 + v
    ELSE 50 + v / 5 END AS pupils FROM phased
)
SELECT i, p, phase, pupils, pupils / 10 AS slots, sum(pupils / 10) OVER (ORDER BY i) - pupils / 10 AS first_slot
FROM sized`;

const SCHOOL_NAMES = `(ARRAY['St Mary''s','St John''s','Oakfield','Hillside','Riverside','Kingsway','Greenfield',
  'Holy Trinity','Meadow','Castle','Elmwood','Ashgrove','Brookside','Fairfield','Highfield','Parkside'])[1 + i % 16]
  || ' ' || CASE phase WHEN 'PRIMARY' THEN (ARRAY['Primary School','CE Primary School','Infant School',
    'Junior School','Catholic Primary School','Community Primary School'])[1 + (i / 16) % 6]
  WHEN 'SECONDARY' THEN (ARRAY['Academy','High School','School','Catholic High School'])[1 + (i / 16) % 4]
  WHEN 'NURSERY' THEN 'Nursery School' WHEN 'SIXTEEN_PLUS' THEN 'Sixth Form College'
  WHEN 'ALL_THROUGH' THEN 'All-through Academy' ELSE 'Special School' END
  || CASE WHEN i % 3 = 0 THEN ' (Town ' || town || ')' ELSE '' END`;

// Statuses weighted as in a real partnership (bench/generate-concerns.ts): most closed, a few open.
const CONCERNS = `
WITH a AS (
  SELECT (SELECT array_agg(i ORDER BY slot) FROM bench_slot) AS pick,
    (SELECT array_agg(p ORDER BY i) FROM bench_school) AS part, (SELECT count(*) FROM bench_slot) AS w
), c AS (
  SELECT g, h, CASE WHEN h % 7 <> 0 THEN a.pick[(1 + (g * 2246822519) % a.w)::int] END AS school,
    $2::timestamptz - (($1::bigint - g)::float8 / $1::bigint) * interval '900 days' AS at
  FROM a, generate_series(1::bigint, $1::bigint) AS g, LATERAL (SELECT (g * 2654435761) % 1000 AS h) AS x
), d AS (SELECT c.*, CASE WHEN school IS NULL THEN 1 + g % ${PARTNERSHIPS} ELSE a.part[1 + school] END AS p FROM c, a)
INSERT INTO "Concern" (id, reference, "receiptHash", "partnershipId", "reportedViaPartnershipId", "schoolId",
  route, status, urgent, "riskLevel", "childYear", happened, "stillHappening", "childKnows", description,
  "reporterRelationship", "submittedAt", "receivedAt", "firstOpenedAt", "lastActivityAt", "closedAt")
SELECT ${uuid(KIND.concern, 'g')}, 'BD-' || g, 'not-a-real-hash', ${uuid(KIND.partnership, 'p')},
  CASE WHEN $3::int IS NULL AND school IS NOT NULL AND g % 50 = 0 THEN ${uuid(KIND.partnership, `1 + p % ${PARTNERSHIPS}`)} END,
  CASE WHEN school IS NOT NULL THEN ${uuid(KIND.school, 'school')} END,
  (CASE WHEN school IS NULL THEN 'FRONT_DOOR' ELSE 'SCHOOL' END)::"ConcernRoute",
  (CASE WHEN h < 2 THEN 'NEW' WHEN h < 30 THEN 'OPENED' WHEN h < 60 THEN 'UNDER_REVIEW'
        WHEN h < 80 THEN 'ACTION_TAKEN' WHEN h < 150 THEN 'REFERRED' ELSE 'CLOSED' END)::"ConcernStatus",
  h % 12 = 0,
  (CASE WHEN h < 30 THEN NULL WHEN h % 3 = 0 THEN 'LOW' WHEN h % 3 = 1 THEN 'MEDIUM' ELSE 'HIGH' END)::"RiskLevel",
  (g * 7 % 14)::smallint, 'THIS_WEEK', 'NOT_SURE', 'YES', ${PLACEHOLDER}, 'PARENT_OR_CARER', at, at,
  CASE WHEN h < 2 THEN NULL ELSE at + interval '3 hours' END, least(at + interval '2 days', $2::timestamptz),
  CASE WHEN h >= 150 THEN at + interval '9 days' END
FROM d WHERE $3::int IS NULL OR p = $3`;

const CONCERN_NUMBERS = `(SELECT id, substring(reference FROM 4)::bigint AS g, "submittedAt" AS at FROM "Concern") AS c`;

const STATEMENTS = (only: number | null) => [
  `INSERT INTO "Partnership" (id, slug, name)
   SELECT ${uuid(KIND.partnership, 'p')}, 'p' || p, 'Partnership ' || p FROM generate_series(1, ${PARTNERSHIPS}) AS p
   ${only === null ? '' : `WHERE p = ${only}`}`,
  // 12 towns to a partnership; a postcode of GIAS's shape.
  `INSERT INTO "School" (id, "partnershipId", urn, name, town, postcode, phase, "localAuthority", active, "updatedAt")
   SELECT ${uuid(KIND.school, 'i')}, ${uuid(KIND.partnership, 'p')}, 100000 + i, ${SCHOOL_NAMES}, 'Town ' || town,
     chr(65 + i % 26) || chr(65 + (i / 26) % 26) || (i % 99 + 1) || ' ' || (i % 9 + 1) || chr(65 + (i / 7) % 26) || chr(65 + (i / 11) % 26),
     phase::"SchoolPhase", 'Authority ' || p, i % 40 <> 0, now()
   FROM (SELECT *, (p - 1) * 12 + (i / ${PARTNERSHIPS}) % 12 AS town FROM bench_school) AS s
   ${only === null ? '' : `WHERE p = ${only}`}`,
  `INSERT INTO "Platform" (id, slug, name, "closedOn", "sortOrder", "updatedAt")
   SELECT ${uuid(KIND.platform, 'i')}, 'bench-p' || i, 'Bench platform ' || i,
     CASE WHEN i = 12 THEN DATE '2024-06-01' END, i, now() FROM generate_series(1, 12) AS i`,
  `INSERT INTO "HarmCategory" (id, slug, name, "sortOrder", "updatedAt")
   SELECT ${uuid(KIND.harm, 'i')}, 'bench-h' || i, 'Bench harm ' || i, i, now() FROM generate_series(1, 8) AS i`,
];

const CHILD_ROWS = [
  `INSERT INTO "ConcernPlatform" ("concernId", "platformId")
   SELECT c.id, ${uuid(KIND.platform, '1 + (g * 7 + k * 5) % 12')} FROM ${CONCERN_NUMBERS}
   CROSS JOIN generate_series(0, 1) AS k WHERE k = 0 OR g % 3 = 0`,
  `INSERT INTO "ConcernHarm" ("concernId", "harmCategoryId")
   SELECT c.id, ${uuid(KIND.harm, '1 + (g * 3 + k * 3) % 8')} FROM ${CONCERN_NUMBERS}
   CROSS JOIN generate_series(0, 1) AS k WHERE k = 0 OR g % 4 = 0`,
  // A parent's answer on the follow-up page about what the platform did: 1 in 8, about its first platform.
  `INSERT INTO "ConcernPlatformResponse" ("concernId", "platformId", response, "answeredAt")
   SELECT c.id, ${uuid(KIND.platform, '1 + (g * 7) % 12')},
     (ARRAY['REMOVED', 'NO_REPLY', 'REFUSED', 'DONT_KNOW'])[1 + g % 4]::"PlatformResponse", c.at + interval '14 days'
   FROM ${CONCERN_NUMBERS} WHERE g % 8 = 0`,
  `INSERT INTO "Message" (id, "concernId", author, body, "createdAt", "readAt")
   SELECT ${uuid(KIND.message, 'g')}, c.id, 'REPORTER', ${PLACEHOLDER}, c.at,
     CASE WHEN g % 40 <> 0 THEN c.at + interval '1 day' END
   FROM ${CONCERN_NUMBERS} WHERE g % 20 = 0`,
];

export interface SeedTimes {
  reference: number;
  concerns: number;
  indexes: number;
  trends: number;
}

export interface SeedOptions {
  concerns: number;
  /** The newest concern's time: the same for every database of one run. */
  anchor: Date;
  /** Seed only this partnership's share (its number, 1–150). */
  only?: number | null;
  /** Build the trend cells (the plan tests need none). */
  trendCells?: boolean;
}

/** Seeds the deployment (or, with `only`, that one partnership's share of it) into an empty migrated database. */
export async function seedDeployment(
  client: pg.Client,
  { concerns, anchor, only = null, trendCells = true }: SeedOptions,
): Promise<SeedTimes> {
  const clock = (() => {
    let last = performance.now();
    return () => {
      const now = performance.now();
      const seconds = (now - last) / 1000;
      last = now;
      return seconds;
    };
  })();
  await client.query(
    `SET maintenance_work_mem = '1GB'; SET work_mem = '256MB'; SET session_replication_role = replica`,
  );
  await client.query(SCHOOL_TABLE);
  await client.query(`CREATE TEMP TABLE bench_slot AS
    SELECT first_slot + k AS slot, i FROM bench_school, generate_series(0, slots - 1) AS k`);
  for (const statement of STATEMENTS(only)) await client.query(statement);
  const reference = clock();
  let loaded = 0;
  await withoutSecondaryIndexes(
    client,
    ['Concern', 'ConcernPlatform', 'ConcernPlatformResponse', 'ConcernHarm', 'Message'],
    async () => {
      await client.query(CONCERNS, [concerns, anchor, only]);
      for (const statement of CHILD_ROWS) await client.query(statement);
      loaded = clock();
    },
  );
  const indexes = clock();
  await client.query('SET session_replication_role = origin');
  if (trendCells) await client.query('SELECT trend_rebuild()');
  // As autovacuum would leave it, so it does not start in the middle of the measurements.
  await client.query('VACUUM (ANALYZE)');
  return { reference, concerns: loaded, indexes, trends: clock() };
}

/** The school numbers of the temp table the seed left on this connection, for choosing who to measure. */
export async function schoolsOf(client: pg.Client, p: number) {
  return (
    await client.query<{ i: number; phase: string; pupils: number }>(
      'SELECT i, phase, pupils FROM bench_school WHERE p = $1 ORDER BY pupils, i',
      [p],
    )
  ).rows;
}

/** The partnership with the median number of pupils: a typical one. */
export async function typicalPartnership(client: pg.Client): Promise<number> {
  const rows = (
    await client.query<{ p: number }>('SELECT p FROM bench_school GROUP BY p ORDER BY sum(pupils), p')
  ).rows;
  return rows[Math.floor(rows.length / 2)]!.p;
}
