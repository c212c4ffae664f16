// One deployment for England (issue 16's scale): 150 partnerships, 24,000 GIAS-shaped schools and N
// concerns spread by school size (bench/lib/deployment-seed.ts says how), seeded with set-based SQL, the
// time each step takes printed. Then, rounds alternating so load on the machine falls on both alike:
//  (a) a DSL's case list (lib/cases/list-cases.ts, as the page calls it) at a typical primary school of a
//      typical partnership, at its largest secondary, and that partnership's front door;
//  (b) that partnership's trends dashboard (lib/trends/read-trend-dashboard.ts: every query the page makes);
// each on the whole deployment against the same partnership on a deployment of its own: a second database
// in the same Postgres, seeded by the same deterministic SQL with only that partnership's rows (its 160
// schools and its share of the concerns, row for row the same), so both are measured on one server, warm,
// in the same minutes. Target: ≤ 1.2× at p50 and p95. (c) the parent's school type-ahead over every school
// against the same search confined to one partnership's (target p95 ≤ 50 ms). Host resolution has its own
// bench (bench:hosts).
// Run: npm run bench:partnerships -- [--concerns=1000000] [--rounds=200]
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import type { SessionUser } from '../lib/auth/session';
import { applyPendingMigrations } from '../lib/database/apply-migrations';
import { startScratchPostgres } from '../lib/database/scratch';
import { createClient, disconnectDb, getDb, type Db } from '../lib/db';
import { resetEnvForTests } from '../lib/env';
import { numberArg } from './lib/args';
import {
  benchUuid,
  KIND,
  PARTNERSHIPS,
  SCHOOLS,
  schoolsOf,
  seedDeployment,
  typicalPartnership,
} from './lib/deployment-seed';
import { percentile } from './lib/fire';
import { measureTypeAhead } from './lib/type-ahead';

const concerns = numberArg('concerns', 1_000_000);
const rounds = numberArg('rounds', 200);
const WARMUP = 10;
const TARGET = 1.2;
const anchor = new Date();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const seconds = (s: number) => `${s.toFixed(1)} s`;
const n = (x: number) => x.toLocaleString('en-GB');

const scratch = await startScratchPostgres('deployment');
const aloneUrl = scratch.url.replace(/\/deployment$/, '/alone');
process.env.DATABASE_URL = scratch.url;
resetEnvForTests();
const loadBefore = load();
const clients: Db[] = [];
try {
  await applyPendingMigrations(scratch.url);
  const admin = new pg.Client({ connectionString: scratch.url.replace(/\/deployment$/, '/postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE alone TEMPLATE deployment');
  await admin.end();

  const whole = new pg.Client({ connectionString: scratch.url });
  await whole.connect();
  const began = performance.now();
  const times = await seedDeployment(whole, { concerns, anchor });
  const total = (performance.now() - began) / 1000;
  const partnership = await typicalPartnership(whole);
  const schools = await schoolsOf(whole, partnership);
  const primaries = schools.filter((s) => s.phase === 'PRIMARY');
  const typical = primaries[Math.floor(primaries.length / 2)]!;
  const largest = schools[schools.length - 1]!;
  await whole.end();
  const alone = new pg.Client({ connectionString: aloneUrl });
  await alone.connect();
  const aloneBegan = performance.now();
  await seedDeployment(alone, { concerns, anchor, only: partnership });
  const aloneTotal = (performance.now() - aloneBegan) / 1000;
  await alone.end();
  console.log(
    `Seeded ${PARTNERSHIPS} partnerships, ${n(SCHOOLS)} schools and ${n(concerns)} concerns in ${seconds(total)} ` +
      `(schools ${seconds(times.reference)}, concerns with platforms, harms and messages ${seconds(times.concerns)}, ` +
      `indexes ${seconds(times.indexes)}, trend cells and VACUUM ANALYZE ${seconds(times.trends)}); ` +
      `partnership ${partnership} alone in its own database in ${seconds(aloneTotal)}.`,
  );

  const partnershipId = benchUuid(KIND.partnership, partnership);
  const member = (label: string, role: 'DSL' | 'FRONT_DOOR', school: number | null): SessionUser => {
    const home = { id: partnershipId, name: `Partnership ${partnership}` };
    return {
      id: benchUuid(KIND.staff, school ?? 0),
      sessionId: 'bench',
      name: label,
      email: `${label.replace(/\W+/g, '.')}@bench.example`,
      memberships: [
        { role, partnershipId, schoolId: school === null ? null : benchUuid(KIND.school, school) },
      ],
      serviceOperator: false,
      partnership: home,
      partnerships: [home],
    };
  };
  const dslTypical = member('DSL typical primary', 'DSL', typical.i);
  const dslLargest = member('DSL largest school', 'DSL', largest.i);
  const frontDoor = member('Front door', 'FRONT_DOOR', null);

  const { listCases } = await import('../lib/cases/list-cases');
  const { readTrendDashboard } = await import('../lib/trends/read-trend-dashboard');
  const dmy = (d: Date) => `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  const yearByWeek = { period: 'week', from: dmy(new Date(anchor.getTime() - 364 * 86_400_000)) };
  const closedHigh = { status: 'CLOSED', risk: 'HIGH' } as const;
  const measured: [string, () => Promise<unknown>][] = [
    [`DSL, typical primary (${typical.pupils} pupils)`, () => listCases(dslTypical, {})],
    ['  same, closed + high risk', () => listCases(dslTypical, closedHigh)],
    [`DSL, largest school (${largest.pupils} pupils)`, () => listCases(dslLargest, {})],
    ['Front door: case list', () => listCases(frontDoor, {})],
    ['Trends: 6 months by month (default)', () => readTrendDashboard(partnershipId, {})],
    ['Trends: one year by week', () => readTrendDashboard(partnershipId, yearByWeek)],
  ];

  // lib/'s verbs read the one client through getDb(); the bench points it at each database in turn.
  const slot = globalThis as unknown as { sgDb?: Db };
  const [onWhole, onAlone] = [createClient(scratch.url), createClient(aloneUrl)];
  clients.push(onWhole, onAlone);
  const samples = measured.map(() => ({ whole: [] as number[], alone: [] as number[] }));
  const time = async (db: Db, run: () => Promise<unknown>) => {
    slot.sgDb = db;
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  const seen = await Promise.all(
    [dslTypical, dslLargest, frontDoor].map(async (user) => {
      slot.sgDb = onWhole;
      return (await listCases(user, {}))!.total;
    }),
  );
  for (let r = -WARMUP; r < rounds; r += 1) {
    for (const [k, [, run]] of measured.entries()) {
      // Which goes first alternates too, so neither always meets a cache the other warmed.
      const order = r % 2 ? ([onWhole, onAlone] as const) : ([onAlone, onWhole] as const);
      const [first, second] = [await time(order[0], run), await time(order[1], run)];
      if (r < 0) continue;
      samples[k]!.whole.push(order[0] === onWhole ? first : second);
      samples[k]!.alone.push(order[0] === onWhole ? second : first);
    }
  }
  slot.sgDb = onWhole;
  const q = (xs: number[], f: number) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      f,
    );
  const ms = (x: number) => `${x.toFixed(2).padStart(7)} ms`;
  console.log(
    `\nPartnership ${partnership} (the median by pupils): its typical primary's DSL sees ${n(seen[0]!)} cases, ` +
      `its largest school's ${n(seen[1]!)}, its front door ${n(seen[2]!)}. ${rounds} rounds, alternating.`,
  );
  console.log(
    `${'query'.padEnd(40)} ${'whole p50'.padStart(10)} ${'whole p95'.padStart(10)} ${'alone p50'.padStart(10)} ${'alone p95'.padStart(10)}  ratio p50  ratio p95`,
  );
  const misses: string[] = [];
  for (const [k, [label]] of measured.entries()) {
    const { whole: w, alone: a } = samples[k]!;
    const [r50, r95] = [q(w, 0.5) / q(a, 0.5), q(w, 0.95) / q(a, 0.95)];
    if (r50 > TARGET || r95 > TARGET) misses.push(label.trim());
    console.log(
      `${label.padEnd(40)} ${ms(q(w, 0.5))} ${ms(q(w, 0.95))} ${ms(q(a, 0.5))} ${ms(q(a, 0.95))}  ${r50.toFixed(2).padStart(8)}x  ${r95.toFixed(2).padStart(8)}x`,
    );
  }
  console.log(
    `target: case list and trends ≤ ${TARGET}× one partnership alone → ${misses.length ? `NOT met: ${misses.join('; ')}` : 'met'}`,
  );
  await measureTypeAhead(getDb(), rounds, console.log);
  console.log(
    `load average (1, 5, 15 min) before ${loadBefore}, after ${load()} on ${availableParallelism()} cores`,
  );
} finally {
  (globalThis as unknown as { sgDb?: Db }).sgDb = undefined;
  await Promise.all(clients.map((c) => c.$disconnect()));
  await disconnectDb();
  await scratch.stop();
}
