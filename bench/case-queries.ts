// Server time of the case list and a case page (lib/cases called directly), against the same queries
// sent straight to Postgres with pg in the same run — first with the demo data, then with 1 million
// generated concerns across 200 schools. Three readers: the DSL of one school, the DSL of a federation of
// six, and the partnership's front door (its unrouted concerns, about 1 in 7). Prints p50/p95, the ratio
// lib ÷ direct SQL and the load average. Each measure is `--runs` rounds (default 200), the app and the hand
// SQL taking turns to go first.
//   npm run bench:cases -- [--concerns=1000000,10000000] [--runs=200] [--keep=/some/folder]
// `--keep` holds the database in that folder and uses it again next time: a second run measures at once
// what the first generated (10 million take about half an hour), so two versions of the code can be timed
// on the same data.
// The npm script resolves next/navigation as Next's server bundles do (bench/tsconfig.react-server.json):
// lib/ verbs may call notFound(), and the client build of that module cannot load under react-server.
// Each size in the list is reached by generating the difference on top of the last, and measured there.
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { startEmbeddedPostgres } from '../lib/database/embedded';
import { freePort, startScratchPostgres } from '../lib/database/scratch';
import type { SessionUser } from '../lib/auth/session';
import { caseScopeWhere } from '../lib/cases/case-scope';
import { disconnectDb, getDb } from '../lib/db';
import { resetEnvForTests } from '../lib/env';
import { seedDemo } from '../lib/demo/seed-demo';
import { encryptExistingRows } from '../lib/encryption/encrypt-existing-rows';
import { migrate } from '../scripts/lib/database';
import { generateConcerns } from './generate-concerns';
import { directCasePage, directCaseList } from './direct-sql';
import { numberArg, sizesArg, textArg } from './lib/args';

const RUNS = numberArg('runs', 200);
const WARMUP = 5;
const sizes = sizesArg('1000000');
const KEEP = textArg('keep');
const FEDERATION_DSL = 'federation.dsl@bench.example';

type Timing = { p50: number; p95: number };

/**
 * The app's call and the same work by hand, timed in turns (A B, then B A), so the machine's drift falls on
 * both alike.
 */
async function pair(lib: () => Promise<unknown>, sql: () => Promise<unknown>): Promise<[Timing, Timing]> {
  for (let i = 0; i < WARMUP; i += 1) {
    await lib();
    await sql();
  }
  const a: number[] = [];
  const b: number[] = [];
  const timed = async (run: () => Promise<unknown>, into: number[]) => {
    const began = performance.now();
    await run();
    into.push(performance.now() - began);
  };
  for (let i = 0; i < RUNS; i += 1) {
    if (i % 2 === 0) {
      await timed(lib, a);
      await timed(sql, b);
    } else {
      await timed(sql, b);
      await timed(lib, a);
    }
  }
  return [quantiles(a), quantiles(b)];
}

function quantiles(samples: number[]): Timing {
  samples.sort((x, y) => x - y);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { p50: at(0.5), p95: at(0.95) };
}

/** A member of staff as the session gives them to lib/, read from the database by email. */
async function benchUser(email: string): Promise<SessionUser> {
  const staff = await getDb().staffUser.findUniqueOrThrow({
    where: { email },
    include: {
      memberships: {
        select: { role: true, partnershipId: true, schoolId: true, partnership: { select: { name: true } } },
      },
    },
  });
  const memberships = staff.memberships.map(({ role, partnershipId, schoolId }) => ({
    role,
    partnershipId,
    schoolId,
  }));
  const first = staff.memberships[0];
  const partnership = first ? { id: first.partnershipId, name: first.partnership.name } : null;
  return {
    id: staff.id,
    sessionId: 'bench',
    name: staff.name,
    email,
    memberships,
    partnership,
    partnerships: partnership ? [partnership] : [],
    serviceOperator: false,
  };
}

/** The DSL of a federation of six schools (the first six of the partnership by URN), made once. */
async function makeFederationDsl(): Promise<void> {
  const db = getDb();
  const schools = await db.school.findMany({
    where: { partnership: { slug: 'northshire' } },
    orderBy: { urn: 'asc' },
    take: 6,
  });
  await db.staffUser.create({
    data: {
      email: FEDERATION_DSL,
      name: 'Federation DSL (bench)',
      memberships: {
        create: schools.map((s) => ({
          role: 'DSL' as const,
          partnershipId: s.partnershipId,
          schoolId: s.id,
        })),
      },
    },
  });
}

async function measure(label: string, pool: pg.Pool): Promise<void> {
  const { listCases } = await import('../lib/cases/list-cases');
  const { readCaseRecord } = await import('../lib/cases/read-case-record');
  const db = getDb();
  const dsl = await benchUser('dsl.oakfield@northshire.example');
  const federation = await benchUser(FEDERATION_DSL);
  const frontDoor = await benchUser('frontdoor@northshire.example');
  const schoolsOf = (user: SessionUser) => ({ schoolIds: user.memberships.map((m) => m.schoolId as string) });
  const frontDoorScope = { partnershipId: frontDoor.memberships[0]!.partnershipId };
  const target = await db.concern.findFirstOrThrow({
    where: { schoolId: { in: schoolsOf(dsl).schoolIds }, firstOpenedAt: { not: null } },
    orderBy: { lastActivityAt: 'desc' },
  });
  const seen = await Promise.all(
    [dsl, federation, frontDoor].map(async (user) => db.concern.count({ where: caseScopeWhere(user)! })),
  );
  const closedHigh = { status: 'CLOSED', risk: 'HIGH' } as const;
  const rows: [string, Timing, Timing][] = [
    [
      'DSL: case list',
      ...(await pair(
        () => listCases(dsl, {}),
        () => directCaseList(pool, schoolsOf(dsl)),
      )),
    ],
    [
      'DSL: case list, page 20',
      ...(await pair(
        () => listCases(dsl, { page: 20 }),
        () => directCaseList(pool, schoolsOf(dsl), 19 * 25),
      )),
    ],
    [
      'DSL: closed + high risk',
      ...(await pair(
        () => listCases(dsl, closedHigh),
        () => directCaseList(pool, schoolsOf(dsl), 0, closedHigh),
      )),
    ],
    [
      'DSL: case page',
      ...(await pair(
        () => readCaseRecord(dsl, target.reference, 'view'),
        () => directCasePage(pool, schoolsOf(dsl).schoolIds, target.reference, dsl.id),
      )),
    ],
    [
      'Federation: case list',
      ...(await pair(
        () => listCases(federation, {}),
        () => directCaseList(pool, schoolsOf(federation)),
      )),
    ],
    [
      'Federation: closed + high',
      ...(await pair(
        () => listCases(federation, closedHigh),
        () => directCaseList(pool, schoolsOf(federation), 0, closedHigh),
      )),
    ],
    [
      'Front door: case list',
      ...(await pair(
        () => listCases(frontDoor, {}),
        () => directCaseList(pool, frontDoorScope),
      )),
    ],
    [
      'Front door: closed + high',
      ...(await pair(
        () => listCases(frontDoor, closedHigh),
        () => directCaseList(pool, frontDoorScope, 0, closedHigh),
      )),
    ],
  ];
  const n = (x: number) => x.toLocaleString('en-GB');
  console.log(
    `\n${label}: ${n(await db.concern.count())} concerns; the DSL of Oakfield sees ${n(seen[0]!)}, the federation's DSL ${n(seen[1]!)}, the front door ${n(seen[2]!)}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
  );
  console.log('query                           lib p50   lib p95   SQL p50   SQL p95   ratio p50  ratio p95');
  for (const [name, lib, sql] of rows) {
    const f = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
    console.log(
      `${name.padEnd(30)} ${f(lib.p50)} ${f(lib.p95)} ${f(sql.p50)} ${f(sql.p95)}   ${(lib.p50 / sql.p50).toFixed(2).padStart(6)}x   ${(lib.p95 / sql.p95).toFixed(2).padStart(6)}x`,
    );
  }
}

async function main(): Promise<void> {
  const database = KEEP
    ? await startEmbeddedPostgres({ dataDir: KEEP, port: await freePort(), database: 'bench', fast: true })
    : await startScratchPostgres('bench');
  process.env.DATABASE_URL = database.url;
  resetEnvForTests();
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  // Idle connections are cut when the throwaway database stops at the end; that is not a failure.
  pool.on('error', () => {});
  try {
    await migrate(database.url, () => {});
    const db = getDb();
    if ((await db.staffUser.count({ where: { email: FEDERATION_DSL } })) === 0) {
      await seedDemo(db);
      await makeFederationDsl();
      await db.$executeRaw`ANALYZE`;
      await measure('Demo data', pool);
    }
    // What a kept database already holds (the generator's references start BN-).
    let generated = await db.concern.count({ where: { reference: { startsWith: 'BN-' } } });
    for (const size of sizes) {
      if (size < generated) {
        console.log(`\nThe kept database holds more than ${size.toLocaleString('en-GB')}: not measured.`);
        continue;
      }
      const began = Date.now();
      if (size > generated) {
        await generateConcerns(database.url, size - generated, 200, console.log);
        console.log(
          `\nGenerated concerns up to ${size.toLocaleString('en-GB')} across 200 schools in ${((Date.now() - began) / 1000).toFixed(0)} s (case content sealed as it was written).`,
        );
      }
      generated = size;
      // What every start of the app does first (scripts/lib/database.ts): look for case content still in
      // plain text. There is none, so this is the cost of the look alone at this size.
      const checking = Date.now();
      const changed = Object.values(await encryptExistingRows(getDb())).reduce((x, y) => x + y, 0);
      console.log(
        `Start-up check for plain text: ${changed.toLocaleString('en-GB')} rows to encrypt, ${((Date.now() - checking) / 1000).toFixed(1)} s.`,
      );
      await measure(`${size.toLocaleString('en-GB')} generated`, pool);
    }
  } finally {
    await pool.end();
    await disconnectDb();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
