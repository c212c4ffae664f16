// One deployment for England: 150 partnerships and 24,000 schools (GIAS-shaped names, towns, postcodes),
// seeded with set-based SQL (the time it takes is printed). Measures the parent's school type-ahead, which
// now searches every school on the deployment (lib/reporting/search-schools.ts), against two baselines
// timed in the same run, rounds alternating so load on the machine falls on all alike: `SELECT 1`, and the
// same search confined to one partnership's 160 schools (what one partnership on its own machine pays).
// Target (issue 16): the type-ahead's p95 ≤ 50 ms. Host resolution has its own bench (bench:hosts).
// Run: npm run bench:partnerships -- [--rounds=300]
import { availableParallelism, loadavg } from 'node:os';
import { applyPendingMigrations } from '../lib/database/apply-migrations';
import { startScratchPostgres } from '../lib/database/scratch';
import { disconnectDb, getDb } from '../lib/db';
import { searchSchools } from '../lib/reporting/search-schools';
import { numberArg } from './lib/args';
import { percentile } from './lib/fire';

const PARTNERSHIPS = 150;
const SCHOOLS = 24_000;
const rounds = numberArg('rounds', 300);
// What parents type: a saint's name, a place, a town, a postcode's start, two words, and no match at all.
const QUERIES = ['oakf', 'st mary', 'hillside pri', 'town 123', 'ab12 3', 'riverside acad', 'zzqx'];

const scratch = await startScratchPostgres('bench-partnerships');
process.env.DATABASE_URL = scratch.url;
try {
  await applyPendingMigrations(scratch.url);
  const db = getDb();
  const seeding = performance.now();
  await db.$executeRaw`
    INSERT INTO "Partnership" (id, slug, name)
    SELECT gen_random_uuid(), 'p' || i, 'Partnership ' || i FROM generate_series(1, ${PARTNERSHIPS}::int) i`;
  await db.$executeRaw`
    WITH p AS (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n FROM "Partnership")
    INSERT INTO "School" (id, "partnershipId", urn, name, town, postcode, phase, "localAuthority", active, "updatedAt")
    SELECT gen_random_uuid(), p.id, 100000 + i,
      (ARRAY['St Mary''s','St John''s','Oakfield','Hillside','Riverside','Kingsway','Greenfield','Holy Trinity',
             'Meadow','Castle','Elmwood','Ashgrove','Brookside','Fairfield','Highfield','Parkside'])[1 + i % 16]
        || ' ' ||
      (ARRAY['Primary School','Academy','CE Primary School','Infant School','Junior School','High School',
             'Community School','Catholic Primary School'])[1 + (i / 16) % 8]
        || CASE WHEN i % 3 = 0 THEN ' (' || 'Town ' || (i % 2000) || ')' ELSE '' END,
      'Town ' || (i % 2000),
      chr(65 + i % 26) || chr(65 + (i / 26) % 26) || (i % 99 + 1) || ' ' || (i % 9 + 1) || chr(65 + (i / 7) % 26) || chr(65 + (i / 11) % 26),
      (ARRAY['PRIMARY','SECONDARY','ALL_THROUGH','NURSERY'])[1 + i % 4]::"SchoolPhase",
      'Authority ' || p.n, i % 40 <> 0, now()
    FROM generate_series(0, ${SCHOOLS - 1}::int) i JOIN p ON p.n = i % ${PARTNERSHIPS}::int`;
  await db.$executeRaw`VACUUM ANALYZE "School"`;
  const seeded = (performance.now() - seeding) / 1000;
  const one = await db.partnership.findUniqueOrThrow({ where: { slug: 'p1' }, select: { id: true } });

  // The old search, for one partnership: the same conditions and order, with its partnership.
  const searchOne = (query: string) =>
    db.school.findMany({
      where: {
        partnershipId: one.id,
        active: true,
        OR: [
          { name: { contains: query, mode: 'insensitive' } },
          { town: { contains: query, mode: 'insensitive' } },
          { postcode: { startsWith: query, mode: 'insensitive' } },
        ],
      },
      orderBy: { name: 'asc' },
      take: 10,
      select: { id: true, name: true, town: true, postcode: true },
    });
  const time = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  const all: number[] = [];
  const single: number[] = [];
  const baseline: number[] = [];
  for (let i = -20; i < rounds; i += 1) {
    const query = QUERIES[Math.abs(i) % QUERIES.length] as string;
    const a = await time(() => searchSchools(query, 10));
    const s = await time(() => searchOne(query));
    const b = await time(() => db.$queryRaw`SELECT 1`);
    if (i >= 0) {
      all.push(a);
      single.push(s);
      baseline.push(b);
    }
  }
  // Two letters (the type-ahead's least): too short for a trigram index, so the school table is read.
  const twoLetters: number[] = [];
  for (let i = -5; i < Math.ceil(rounds / 3); i += 1) {
    const t = await time(() => searchSchools(i % 2 ? 'st' : 'oa', 10));
    if (i >= 0) twoLetters.push(t);
  }
  const q = (xs: number[], f: number) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      f,
    );
  const line = (label: string, xs: number[]) =>
    `${label.padEnd(40)} p50 ${q(xs, 0.5).toFixed(2)} ms  p95 ${q(xs, 0.95).toFixed(2)} ms`;
  const load = loadavg()[0] ?? 0;
  console.log(`${PARTNERSHIPS} partnerships, ${SCHOOLS} schools seeded in ${seeded.toFixed(1)} s`);
  console.log(`${rounds} rounds of ${QUERIES.map((x) => `"${x}"`).join(', ')}, alternating`);
  console.log(line('SELECT 1', baseline));
  console.log(line('one partnership’s schools (old search)', single));
  console.log(line('every school on the deployment', all));
  console.log(line('two letters ("st", "oa"), every school', twoLetters));
  console.log(
    `ratio of the deployment search to one partnership’s: p50 ${(q(all, 0.5) / q(single, 0.5)).toFixed(2)}  p95 ${(q(all, 0.95) / q(single, 0.95)).toFixed(2)}; to SELECT 1: p95 ${(q(all, 0.95) / q(baseline, 0.95)).toFixed(1)}`,
  );
  console.log(`target: p95 ≤ 50 ms → ${q(all, 0.95) <= 50 ? 'met' : 'NOT met'}`);
  console.log(
    `load average ${load.toFixed(2)} on ${availableParallelism()} cores${load > 3 ? ' — busy: run again when quiet' : ''}`,
  );
} finally {
  await disconnectDb();
  await scratch.stop();
}
