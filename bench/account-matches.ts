// Issue 18: finding the account-identifier matches of a new concern at 10 million concerns, with
// identifiers on a third of them (about 3.33 million ConcernAccountIdentifier rows), against hand SQL in
// the same run.
//
// What is seeded, plainly: 150 partnerships, 20 platforms, and `--rows` identifier rows (set-based SQL,
// generate_series) over the 150 partnerships and the platforms, each on a concern of its own that exists:
// the third of 10 million concerns that carry an identifier (the other two thirds are not seeded: the match
// never reads the concern table). Most hashes unique, one group in ten repeated 2–5 times. Both tables are
// loaded with triggers and foreign-key checks off (session_replication_role = replica, the embedded Postgres
// runs us as superuser) and their secondary indexes dropped, then rebuilt once and ANALYZEd; the rows are
// consistent (every identifier's concern is there, of the same partnership). Case content and `identifier`
// are one constant sealed-looking value (`enc:v2:…`, what plainTextWhere accepts as sealed); the match never
// reads them.
// Each round, in a transaction rolled back afterwards: the new concern's 1–3 identifiers (each an existing
// hash of that partnership or a new one, half and half) are inserted against the one real concern, as the
// app stores them before matching, then timed:
//   A  detectAccountPatterns(tx, partnershipId, sent): advisory locks, then one statement counting the
//      identifiers and recording each one now seen twice or more as an AccountPattern, then the front
//      door's emails in one insert;
//   B  the hand SQL: SELECT "platformId","identifierHash",count(*) … IN ((…),(…)) GROUP BY 1,2, with pg.
// Rounds alternate A B B A so the shared machine's load falls on both alike. Also printed: both sides over
// the rounds where no identifier was seen before (A is then the locks and the count alone). No AccountPattern
// rows are seeded, so every match is a new pattern and queues its email (the most work a match does).
// Run: npm run bench:matches [-- --rows=100000 --rounds=300]
import { createHash, randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { detectAccountPatterns } from '../lib/account-identifiers/detect-account-patterns';
import { newReference } from '../lib/concerns/codes';
import { applyPendingMigrations } from '../lib/database/apply-migrations';
import { startScratchPostgres } from '../lib/database/scratch';
import { disconnectDb, getDb } from '../lib/db';
import { numberArg } from './lib/args';
import { percentile } from './lib/fire';

const ROWS = numberArg('rows', 3_333_333);
const ROUNDS = numberArg('rounds', 400);
const WARM_UP = 30;
const PARTNERSHIPS = 150;
const PLATFORMS = 20;
const SEALED = 'enc:v2:bench:AAAAAAAAAAAAAAAA:c2VhbGVkLWxvb2tpbmc';

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const random = (n: number) => Math.floor(Math.random() * n);

// Group g (1…GROUPS): partnership g % 150, platform (g / 150) % 20, hash md5('h' || g); one group in ten
// holds 2–5 rows, the rest one. The mean group holds 1.25 rows.
const GROUPS = Math.ceil(ROWS / 1.25);
const groupSize = 'CASE WHEN g % 10 = 0 THEN 2 + (g / 10) % 4 ELSE 1 END';

console.log(`load average before ${load()} on ${availableParallelism()} cores`);
const scratch = await startScratchPostgres('bench-account-matches');
process.env.DATABASE_URL = scratch.url;
const client = new pg.Client({ connectionString: scratch.url });

try {
  await applyPendingMigrations(scratch.url);
  await client.connect();
  const seedStart = performance.now();
  await client.query(
    `INSERT INTO "Partnership" (id, slug, name, "frontDoorEmail")
     SELECT gen_random_uuid(), 'p' || i, 'Partnership ' || i, 'front-door-' || i || '@bench.example'
     FROM generate_series(0, ${PARTNERSHIPS - 1}) i`,
  );
  await client.query(
    `INSERT INTO "Platform" (id, slug, name, "sortOrder", "updatedAt")
     SELECT gen_random_uuid(), 'platform-' || i, 'Platform ' || i, i, now() FROM generate_series(0, ${PLATFORMS - 1}) i`,
  );
  const byNumber = async (table: string, prefix: string) => {
    const { rows } = await client.query<{ id: string; slug: string }>(`SELECT id, slug FROM "${table}"`);
    const ids: string[] = [];
    for (const r of rows) ids[Number(r.slug.slice(prefix.length))] = r.id;
    return ids;
  };
  const partnerships = await byNumber('Partnership', 'p');
  const platforms = await byNumber('Platform', 'platform-');

  await client.query(`SET maintenance_work_mem = '1GB'; SET session_replication_role = replica`);
  const indexes = (
    await client.query<{ name: string; table: string; definition: string }>(
      `SELECT indexname AS name, tablename AS table, indexdef AS definition FROM pg_indexes
       WHERE schemaname = 'public' AND tablename IN ('Concern', 'ConcernAccountIdentifier')
         AND indexname NOT LIKE '%pkey'`,
    )
  ).rows;
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  // Row r of group g: its concern's id is md5('c' || g || '.' || r) as a uuid, in both tables.
  const rowsOfGroups = `FROM generate_series(1, ${GROUPS}) g CROSS JOIN LATERAL generate_series(1, ${groupSize}) r
     JOIN p ON p.n = g % ${PARTNERSHIPS} + 1`;
  const partnershipsCte = `WITH p AS (SELECT * FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, n))`;
  await client.query(
    `${partnershipsCte}
     INSERT INTO "Concern" (id, reference, "receiptHash", "partnershipId", route, happened, "stillHappening",
       "childKnows", description, "reporterRelationship")
     SELECT md5('c' || g || '.' || r)::uuid, 'M' || g || '-' || r, 'bench', p.id, 'FRONT_DOOR', 'THIS_WEEK',
       'NOT_SURE', 'YES', $2, 'PARENT_OR_CARER'
     ${rowsOfGroups}`,
    [partnerships, SEALED],
  );
  const concernSeconds = (performance.now() - seedStart) / 1000;
  await client.query(
    `${partnershipsCte}, f AS (SELECT * FROM unnest($2::uuid[]) WITH ORDINALITY AS f(id, n))
     INSERT INTO "ConcernAccountIdentifier"
       (id, "concernId", "partnershipId", "platformId", identifier, "identifierHash", "createdAt")
     SELECT gen_random_uuid(), md5('c' || g || '.' || r)::uuid, p.id, f.id, $3, md5('h' || g), now()
     ${rowsOfGroups}
     JOIN f ON f.n = (g / ${PARTNERSHIPS}) % ${PLATFORMS} + 1`,
    [partnerships, platforms, SEALED],
  );
  for (const index of indexes) await client.query(index.definition);
  await client.query(`SET session_replication_role = origin; ANALYZE`);
  // Every identifier names a concern that exists, of its own partnership.
  const orphans = (
    await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "ConcernAccountIdentifier" i
       LEFT JOIN "Concern" c ON c.id = i."concernId" AND c."partnershipId" = i."partnershipId"
       WHERE c.id IS NULL`,
    )
  ).rows[0]?.n;
  if (orphans !== '0') throw new Error(`${orphans} identifier rows name no concern of their partnership.`);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const stats = (
    await client.query<{ rows: string; hashes: string; size: string }>(
      `SELECT count(*) AS rows, count(DISTINCT "identifierHash") AS hashes,
              pg_size_pretty(pg_relation_size(quote_ident($1)::regclass)) AS size
       FROM "ConcernAccountIdentifier"`,
      [
        indexes.find(
          (i) =>
            i.table === 'ConcernAccountIdentifier' &&
            i.definition.includes('("partnershipId", "platformId", "identifierHash")'),
        )?.name,
      ],
    )
  ).rows[0];
  console.log(
    `seeded ${stats?.rows} identifier rows (${stats?.hashes} distinct hashes, match index ${stats?.size}), each ` +
      `on a concern of its own that exists, over ${PARTNERSHIPS} partnerships and ${PLATFORMS} platforms in ` +
      `${seedSeconds.toFixed(1)} s (the concerns ${concernSeconds.toFixed(1)} s; indexes rebuilt and ANALYZE ` +
      `included); every identifier's concern checked`,
  );

  // The concern the new identifier rows of each round belong to (with a school, as a parent's would be).
  const db = getDb();
  // Every partnership has its data keys, loaded, as in a running service (a process reads all the keys when
  // it starts; a partnership's first keys are made once, on its first sealed row). Without this the first
  // email of each of the 150 partnerships would time a key being made on a connection of its own.
  await db.$encryptionKeys(partnerships);
  const school = await db.school.create({
    data: {
      partnershipId: partnerships[0] as string,
      urn: 100001,
      name: 'Bench',
      phase: 'PRIMARY',
      localAuthority: 'B',
    },
  });
  const concern = await db.concern.create({
    data: {
      reference: newReference(),
      receiptHash: 'bench',
      partnershipId: partnerships[0] as string,
      schoolId: school.id,
      route: 'SCHOOL',
      happened: 'THIS_WEEK',
      stillHappening: 'NOT_SURE',
      childKnows: 'YES',
      description: 'A bench concern.',
      reporterRelationship: 'PARENT_OR_CARER',
    },
  });

  // A new concern in a random partnership: 1–3 identifiers, each an existing group of it or a new hash.
  const newConcern = () => {
    const p = random(PARTNERSHIPS);
    const sent = Array.from({ length: 1 + random(3) }, () => {
      if (Math.random() < 0.5) {
        const g = p + PARTNERSHIPS * random(Math.floor(GROUPS / PARTNERSHIPS));
        if (g >= 1 && g <= GROUPS) {
          const platformId = platforms[Math.floor(g / PARTNERSHIPS) % PLATFORMS] as string;
          return { platformId, identifierHash: md5(`h${g}`), existing: true };
        }
      }
      return {
        platformId: platforms[random(PLATFORMS)] as string,
        identifierHash: md5(randomUUID()),
        existing: false,
      };
    });
    return { partnershipId: partnerships[p] as string, sent };
  };
  const storeRows = (partnershipId: string, sent: { platformId: string; identifierHash: string }[]) =>
    sent
      .map(
        (s) =>
          `(gen_random_uuid(), '${concern.id}', '${partnershipId}', '${s.platformId}', '${SEALED}', '${s.identifierHash}')`,
      )
      .join(', ');
  const insertSql = (partnershipId: string, sent: { platformId: string; identifierHash: string }[]) =>
    `INSERT INTO "ConcernAccountIdentifier" (id, "concernId", "partnershipId", "platformId", identifier, "identifierHash")
     VALUES ${storeRows(partnershipId, sent)} ON CONFLICT DO NOTHING`;

  class Rollback extends Error {}
  const app = async (c: ReturnType<typeof newConcern>) => {
    let took = 0;
    let patterns = 0;
    await db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(insertSql(c.partnershipId, c.sent));
        const start = performance.now();
        patterns = await detectAccountPatterns(tx, c.partnershipId, c.sent);
        took = performance.now() - start;
        throw new Rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e;
      });
    return { took, patterns };
  };
  const hand = async (c: ReturnType<typeof newConcern>) => {
    await client.query('BEGIN');
    try {
      await client.query(insertSql(c.partnershipId, c.sent));
      const pairs = c.sent.map((_, i) => `($${2 * i + 2}::uuid, $${2 * i + 3})`).join(', ');
      const start = performance.now();
      const { rows } = await client.query<{ count: string }>(
        `SELECT "platformId", "identifierHash", count(*) FROM "ConcernAccountIdentifier"
         WHERE "partnershipId" = $1 AND ("platformId", "identifierHash") IN (${pairs}) GROUP BY 1, 2`,
        [c.partnershipId, ...c.sent.flatMap((s) => [s.platformId, s.identifierHash])],
      );
      const took = performance.now() - start;
      return { took, matched: rows.filter((r) => Number(r.count) >= 2).length };
    } finally {
      await client.query('ROLLBACK');
    }
  };

  const loadBefore = load();
  const a: number[] = [];
  const b: number[] = [];
  const aNone: number[] = [];
  const bNone: number[] = [];
  let patterns = 0;
  let matched = 0;
  for (let i = -WARM_UP; i < ROUNDS; i += 1) {
    const c = newConcern();
    let ra: Awaited<ReturnType<typeof app>>;
    let rb: Awaited<ReturnType<typeof hand>>;
    if (i % 2 === 0) {
      ra = await app(c);
      rb = await hand(c);
    } else {
      rb = await hand(c);
      ra = await app(c);
    }
    if (ra.patterns > rb.matched) throw new Error('The app found more patterns than the hand SQL matched.');
    if (i >= 0) {
      a.push(ra.took);
      if (ra.patterns === 0) aNone.push(ra.took);
      if (ra.patterns === 0) bNone.push(rb.took);
      b.push(rb.took);
      patterns += ra.patterns;
      matched += rb.matched;
    }
  }
  const q = (xs: number[], f: number) =>
    percentile(
      [...xs].sort((x, y) => x - y),
      f,
    );
  const line = (label: string, xs: number[]) =>
    `${label.padEnd(34)} p50 ${q(xs, 0.5).toFixed(2)} ms  p95 ${q(xs, 0.95).toFixed(2)} ms`;
  console.log(
    `${ROUNDS} rounds after ${WARM_UP} warm-up, alternating A B B A; each a new concern with 1–3 identifiers ` +
      `(${matched} identifiers matched an earlier concern; the app recorded ${patterns} patterns)`,
  );
  console.log(line('A detectAccountPatterns (app)', a));
  console.log(line(`A, rounds with no pattern (${aNone.length})`, aNone));
  console.log(line('B hand SQL groupBy (pg)', b));
  console.log(line(`B, the same rounds with no pattern`, bNone));
  console.log(
    `ratio A/B: p50 ${(q(a, 0.5) / q(b, 0.5)).toFixed(2)}  p95 ${(q(a, 0.95) / q(b, 0.95)).toFixed(2)}; ` +
      `no-pattern rounds p50 ${(q(aNone, 0.5) / q(bNone, 0.5)).toFixed(2)}  p95 ${(q(aNone, 0.95) / q(bNone, 0.95)).toFixed(2)}; ` +
      `target A p95 ≤ 5 ms: ${q(a, 0.95) <= 5 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `load average before timing ${loadBefore}, after ${load()} on ${availableParallelism()} cores (busy)`,
  );
} finally {
  await client.end().catch(() => {});
  await disconnectDb();
  await scratch.stop();
}
