// Server time of the case list and a case page (lib/cases called directly), against the same queries
// sent straight to Postgres with pg in the same run — first with the demo data, then with 1 million
// generated concerns across 200 schools. Prints p50/p95 and the ratio lib ÷ direct SQL.
//   npx tsx --conditions=react-server bench/case-queries.ts [--concerns=1000000,10000000]
// Each size in the list is reached by generating the difference on top of the last, and measured there.
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { startScratchPostgres } from '../lib/database/scratch';
import { disconnectDb, getDb } from '../lib/db';
import { resetEnvForTests } from '../lib/env';
import { seedDemo } from '../lib/demo/seed-demo';
import { encryptExistingRows } from '../lib/encryption/encrypt-existing-rows';
import { migrate } from '../scripts/lib/database';
import { generateConcerns } from './generate-concerns';
import { directCasePage, directCaseList } from './direct-sql';
import { sizesArg } from './lib/args';

const RUNS = 40;
const WARMUP = 5;
const sizes = sizesArg('1000000');

async function time(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const began = performance.now();
    await run();
    samples.push(performance.now() - began);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { p50: at(0.5), p95: at(0.95) };
}

async function measure(label: string, pool: pg.Pool): Promise<void> {
  const { listCases } = await import('../lib/cases/list-cases');
  const { readCaseRecord } = await import('../lib/cases/read-case-record');
  const db = getDb();
  const staff = await db.staffUser.findUniqueOrThrow({
    where: { email: 'dsl.oakfield@northshire.example' },
    include: { memberships: { select: { role: true, partnershipId: true, schoolId: true } } },
  });
  const user = {
    id: staff.id,
    sessionId: 'bench',
    name: staff.name,
    email: staff.email,
    memberships: staff.memberships,
  };
  const schoolIds = staff.memberships.map((m) => m.schoolId as string);
  const target = await db.concern.findFirstOrThrow({
    where: { schoolId: { in: schoolIds }, firstOpenedAt: { not: null } },
    orderBy: { lastActivityAt: 'desc' },
  });
  const inScope = await db.concern.count({ where: { schoolId: { in: schoolIds } } });
  const rows: [string, { p50: number; p95: number }, { p50: number; p95: number }][] = [
    ['case list', await time(() => listCases(user, {})), await time(() => directCaseList(pool, schoolIds))],
    [
      'case list, page 20',
      await time(() => listCases(user, { page: 20 })),
      await time(() => directCaseList(pool, schoolIds, 19 * 25)),
    ],
    [
      'case list, closed + high risk',
      await time(() => listCases(user, { status: 'CLOSED', risk: 'HIGH' })),
      await time(() => directCaseList(pool, schoolIds, 0, 'CLOSED', 'HIGH')),
    ],
    [
      'case page',
      await time(() => readCaseRecord(user, target.reference, 'view')),
      await time(() => directCasePage(pool, schoolIds, target.reference, staff.id)),
    ],
  ];
  console.log(
    `\n${label}: ${(await db.concern.count()).toLocaleString('en-GB')} concerns; the DSL of Oakfield sees ${inScope.toLocaleString('en-GB')}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
  );
  console.log('query                           lib p50   lib p95   SQL p50   SQL p95   ratio p50  ratio p95');
  for (const [name, lib, sql] of rows) {
    const f = (n: number) => `${n.toFixed(1).padStart(6)} ms`;
    console.log(
      `${name.padEnd(30)} ${f(lib.p50)} ${f(lib.p95)} ${f(sql.p50)} ${f(sql.p95)}   ${(lib.p50 / sql.p50).toFixed(2).padStart(6)}x   ${(lib.p95 / sql.p95).toFixed(2).padStart(6)}x`,
    );
  }
}

async function main(): Promise<void> {
  const database = await startScratchPostgres('bench');
  process.env.DATABASE_URL = database.url;
  resetEnvForTests();
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  // Idle connections are cut when the throwaway database stops at the end; that is not a failure.
  pool.on('error', () => {});
  try {
    await migrate(database.url, () => {});
    await seedDemo(getDb());
    await getDb().$executeRawUnsafe('ANALYZE');
    await measure('Demo data', pool);
    let generated = 0;
    for (const size of sizes) {
      const began = Date.now();
      await generateConcerns(database.url, size - generated, 200, console.log);
      generated = size;
      console.log(
        `\nGenerated concerns up to ${size.toLocaleString('en-GB')} across 200 schools in ${((Date.now() - began) / 1000).toFixed(0)} s (case content sealed as it was written).`,
      );
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
