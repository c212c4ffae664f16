// npm run bench:load -- [--requests=400] [--connections=8] [--cpu-prof=DIR]   (after npm run build; not in npm test)
// Submissions per second through the built app (next start, the real "Send report" server action posted
// as a browser with JavaScript off posts it) against a bare node:http + pg server doing the same
// irreducible work on the same database (bench/lib/minimal-submit-server.ts). Both are driven by autocannon
// with one finished journey per request, prepared in advance (bench/lib/submission-drafts.ts): walking the
// nine question pages per virtual parent would measure those pages, not sending. Prints submissions/s,
// p50/p95/p99 of each and the ratios.
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { freePort } from '../lib/database/scratch';
import { waitForHttp } from '../scripts/lib/ports';
import { launch, startBenchApp } from './lib/bench-app';
import { fire, type FireResult } from './lib/fire';
import { sendFormBody } from './lib/send-form';
import { prepareDrafts } from './lib/submission-drafts';
import pg from 'pg';
import { numberArg } from './lib/args';

const requests = numberArg('requests', 400);
// --cpu-prof=DIR: the app's server writes a V8 CPU profile there when it stops (bench/lib/cpu-profiler.mjs;
// bench/cpu-profile.ts reads it).
const profileDir = process.argv.find((a) => a.startsWith('--cpu-prof='))?.slice('--cpu-prof='.length);
const connections = numberArg('connections', 8);
const WARMUP = 40;

const bench = await startBenchApp({
  instances: 1,
  // No email sending in this process: the baseline sends none either (the notifications are queued by both).
  env: {
    REPORT_LIMIT_PER_ADDRESS: '1000000',
    REPORT_LIMIT_TOTAL: '100000000',
    WORKER_IN_PROCESS: 'false',
    ...(profileDir
      ? { NODE_OPTIONS: `--import ${resolve('bench/lib/cpu-profiler.mjs')}`, CPU_PROFILE_DIR: profileDir }
      : {}),
  },
});
const port = await freePort();
const minimal = launch('bench/lib/minimal-submit-server.ts', {
  DATABASE_URL: bench.databaseUrl,
  PORT: String(port),
});
try {
  const app = bench.apps[0] as string;
  const baseline = `http://127.0.0.1:${port}`;
  await waitForHttp(baseline, 30_000, () => minimal.exitCode === null);
  // The app's drafts are encrypted at rest as it keeps them; the bare server's are plain (it does no
  // encryption: bench:encryption measures that cost, about a millisecond a report).
  const tokens = await prepareDrafts(bench.databaseUrl, requests + WARMUP + 1);
  const plainTokens = await prepareDrafts(bench.databaseUrl, requests + WARMUP, { sealed: false });
  const form = await sendFormBody(app, tokens.pop() as string);
  const run = (url: string, batch: string[]) =>
    fire({ url, ...form, tokens: batch, connections, expect: 303 });

  await run(app, tokens.splice(0, WARMUP));
  await run(baseline, plainTokens.splice(0, WARMUP));
  const measured: [string, FireResult][] = [
    ['minimal node:http + pg', await run(baseline, plainTokens.splice(0, requests))],
    ['app (next start)', await run(app, tokens.splice(0, requests))],
  ];
  const client = new pg.Client({ connectionString: bench.databaseUrl });
  await client.connect();
  const stored = (
    await client.query(`SELECT count(*)::int AS n FROM "Concern" WHERE "submissionKey" IS NOT NULL`)
  ).rows[0].n as number;
  await client.end();

  console.log(`\n${requests} submissions each, ${connections} connections; ${stored} concerns stored in all`);
  // A figure from a busy machine hides our own cost: above 3 on two cores, wait and run again.
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')} on ${availableParallelism()} cores`,
  );
  console.log('server                    sent  errors  per second   p50 ms   p95 ms   p99 ms');
  for (const [name, r] of measured) {
    const f = (n: number) => n.toFixed(0).padStart(8);
    console.log(
      `${name.padEnd(24)} ${String(r.sent).padStart(5)} ${String(r.errors).padStart(7)} ${r.perSecond.toFixed(1).padStart(11)} ${f(r.p50)} ${f(r.p95)} ${f(r.p99)}`,
    );
  }
  const [[, base], [, through]] = measured as [[string, FireResult], [string, FireResult]];
  console.log(
    `ratio app ÷ minimal: throughput ${(through.perSecond / base.perSecond).toFixed(2)}, p50 ${(through.p50 / base.p50).toFixed(2)}, p95 ${(through.p95 / base.p95).toFixed(2)}, p99 ${(through.p99 / base.p99).toFixed(2)}`,
  );
} finally {
  minimal.kill('SIGTERM');
  await bench.stop();
}
