// npm run bench:retention -- [--concerns=100000]   (not part of npm test)
// Times the nightly retention job (lib/retention, runRetention batch after batch, as the worker calls it)
// deleting N due concerns from a throwaway Postgres that also holds about N that are not due, against the
// same deletions written by hand in plain SQL on an identical copy of the database (CREATE DATABASE …
// TEMPLATE), in the same run. Prints both times, concerns per second and the ratio job ÷ SQL, then checks
// both databases: exactly the due concerns gone, the trends unchanged, one deletion record per concern, and
// the audit chain still verifies. Exit code 1 if any check fails.
import { availableParallelism, loadavg } from 'node:os';
import { startScratchPostgres } from '../lib/database/scratch';
import { disconnectDb, getDb } from '../lib/db';
import { resetEnvForTests } from '../lib/env';
import { seedDemo } from '../lib/demo/seed-demo';
import { migrate } from '../scripts/lib/database';
import { generateConcerns } from './generate-concerns';
import { deleteDueByHand } from './lib/retention-baseline';
import { checkDeletions, trendFingerprint, withClient, type Check } from './lib/retention-checks';
import { prepareRetentionData } from './lib/retention-data';
import { numberArg } from './lib/args';

const N = numberArg('concerns', 100_000);

/** 02:00 tomorrow UTC: 02:00 or 03:00 in the UK, inside the job's night in winter and summer alike. */
function tonight(): Date {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + 1);
  at.setUTCHours(2, 0, 0, 0);
  return at;
}

interface Side {
  deleted: number;
  seconds: number;
  /** Milliseconds per batch of 200, to see whether batches slow down as the job goes on. */
  batches: number[];
}

async function timed(run: () => Promise<{ deleted: number; batches: number[] }>): Promise<Side> {
  const began = performance.now();
  const result = await run();
  return { ...result, seconds: (performance.now() - began) / 1000 };
}

/** As the worker does at night: one call after another while a batch came back full. */
async function runJob(clock: Date): Promise<{ deleted: number; batches: number[] }> {
  const { isRetentionNight, runRetention } = await import('../lib/retention/run-retention');
  if (!isRetentionNight(clock)) throw new Error(`${clock.toISOString()} is not in the retention night`);
  let deleted = 0;
  const batches: number[] = [];
  for (let more = true; more;) {
    const began = performance.now();
    const run = await runRetention(getDb(), clock);
    if (run.concerns > 0) batches.push(performance.now() - began);
    deleted += run.concerns;
    more = run.more;
  }
  return { deleted, batches };
}

async function prepare(url: string, clock: Date) {
  await migrate(url, () => {});
  await seedDemo(getDb());
  await disconnectDb();
  const began = Date.now();
  await generateConcerns(url, 2 * N, 200, () => {});
  const data = await prepareRetentionData(url, N, clock);
  const seconds = ((Date.now() - began) / 1000).toFixed(0);
  console.log(
    `Generated ${(2 * N).toLocaleString('en-GB')} concerns in ${seconds} s. Due by ${clock.toISOString()}: ${data.due} by retention_due, ${data.planned} made due, ${data.agreeing} the same; ${data.notDue} not due.`,
  );
  if (data.due !== N || data.planned !== N || data.agreeing !== N) throw new Error('The due set is not N');
  return data;
}

/** An identical copy for the baseline; no session may be connected to the template while it is copied. */
async function copyDatabase(url: string): Promise<string> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  await withClient(admin.toString(), async (client) => {
    await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = 'bench' AND pid <> pg_backend_pid()`);
    await client.query('CREATE DATABASE bench_copy TEMPLATE bench');
    // No autovacuum in the middle of either side's timing: each side's own work only.
    await client.query(`ALTER SYSTEM SET autovacuum = off`);
    await client.query('SELECT pg_reload_conf()');
  });
  const copy = new URL(url);
  copy.pathname = '/bench_copy';
  return copy.toString();
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

function report(job: Side, sql: Side) {
  const n = (x: number, width: number) => Math.round(x).toLocaleString('en-GB').padStart(width);
  const line = (name: string, r: Side) =>
    `${name.padEnd(28)} ${n(r.deleted, 9)} ${r.seconds.toFixed(2).padStart(9)} s ${n(r.deleted / r.seconds, 9)} /s ${n(mean(r.batches.slice(0, 10)), 8)} ms ${n(mean(r.batches.slice(-10)), 8)} ms`;
  console.log(
    `\nN = ${N.toLocaleString('en-GB')} due concerns; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores`,
  );
  console.log(`${''.padEnd(28)}   deleted        time  concerns/s  batch: first 10  last 10`);
  console.log(line('retention job (lib)', job));
  console.log(line('hand-written SQL (baseline)', sql));
  console.log(`ratio job ÷ baseline: ${(job.seconds / sql.seconds).toFixed(2)}x`);
}

/** Prints every check on both sides; 0 when all pass, else 1. */
async function verify(url: string, copy: string, trends: { hash: string; concerns: number }) {
  const { verifyAuditChain } = await import('../lib/audit/verify-audit-chain');
  const chain = await verifyAuditChain(getDb());
  const audit = { name: 'audit chain verifies', ok: !chain.firstBroken, detail: `${chain.checked} entries` };
  const checks: [string, Check[]][] = [
    ['retention job', [...(await checkDeletions(url, N, trends)), audit]],
    ['baseline copy', await checkDeletions(copy, N, trends)],
  ];
  console.log('\nChecks:');
  for (const [side, list] of checks)
    for (const c of list) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${side}: ${c.name} (${c.detail})`);
  return checks.every(([, list]) => list.every((c) => c.ok)) ? 0 : 1;
}

async function main(): Promise<number> {
  const database = await startScratchPostgres('bench');
  process.env.DATABASE_URL = database.url;
  resetEnvForTests();
  try {
    const clock = tonight();
    await prepare(database.url, clock);
    const trends = await trendFingerprint(database.url);
    const copy = await copyDatabase(database.url);
    const sql = await timed(() => deleteDueByHand(copy, clock));
    const job = await timed(() => runJob(clock));
    report(job, sql);
    return await verify(database.url, copy, trends);
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
