// npm run bench:soak -- [--minutes=10] [--rate=50] [--browsers=8] [--idle=120]   (after npm run build; not in npm test)
// A soak of the built app: `rate` submissions per second for `minutes` (autocannon, open loop, one finished
// journey per request, as in bench:load) while `browsers` signed-in safeguarding leads each load their
// case list and then one of its cases, again and again with a second's pause. The app runs as deployed by
// default (email worker in process, so notifications are sent during the soak). Reports, for submissions, case
// lists and case pages: how many, errors, p50/p95/p99; then the emails sent, the app server's resident
// memory at the start, its peak and at the end (VmRSS from /proc), and the machine's load.
import { loadavg } from 'node:os';
import { AUTH_SECRET, startBenchApp } from './lib/bench-app';
import { findProcess, residentMiB } from './lib/resident-memory';
import { fire, percentile } from './lib/fire';
import { sendFormBody } from './lib/send-form';
import { signInSchoolLeads, type StaffSession } from './lib/staff-sessions';
import { prepareDrafts } from './lib/submission-drafts';
import pg from 'pg';
import { numberArg } from './lib/args';

const minutes = numberArg('minutes', 10);
const rate = numberArg('rate', 50);
const browsers = numberArg('browsers', 8);
// After the load: how long to keep watching the server's memory (the email worker is still sending).
const idleSeconds = numberArg('idle', 120);

interface Tally {
  times: number[];
  errors: number;
}

async function browse(app: string, session: StaffSession, until: number, list: Tally, page: Tally) {
  const get = async (path: string, tally: Tally): Promise<string> => {
    const began = performance.now();
    try {
      const response = await fetch(`${app}${path}`, {
        headers: { cookie: session.cookie },
        redirect: 'manual',
        signal: AbortSignal.timeout(30_000),
      });
      const html = await response.text();
      if (response.status !== 200) throw new Error(String(response.status));
      tally.times.push(performance.now() - began);
      return html;
    } catch {
      tally.errors += 1;
      return '';
    }
  };
  while (Date.now() < until) {
    const html = await get('/cases', list);
    const links = [...html.matchAll(/href="(\/cases\/[2-9A-Z]{4}-[2-9A-Z]{4})"/g)].map((m) => m[1] as string);
    const pick = links[Math.floor(Math.random() * links.length)];
    if (pick) await get(pick, page);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function line(name: string, count: number, errors: number, p: [number, number, number]) {
  const f = (ms: number) => ms.toFixed(0).padStart(7);
  console.log(
    `${name.padEnd(12)} ${String(count).padStart(7)} ${String(errors).padStart(7)} ${p.map(f).join(' ')}`,
  );
}

function percentiles(times: number[]): [number, number, number] {
  const sorted = [...times].sort((a, b) => a - b);
  return [percentile(sorted, 0.5), percentile(sorted, 0.95), percentile(sorted, 0.99)];
}

const bench = await startBenchApp({
  instances: 1,
  env: { REPORT_LIMIT_PER_ADDRESS: '1000000', REPORT_LIMIT_TOTAL: '100000000' },
});
try {
  const app = bench.apps[0] as string;
  const seconds = Math.round(minutes * 60);
  const tokens = await prepareDrafts(bench.databaseUrl, Math.ceil(seconds * rate * 1.1) + 1);
  const form = await sendFormBody(app, tokens.pop() as string);
  const sessions = (await signInSchoolLeads(bench.databaseUrl, AUTH_SECRET)).slice(0, browsers);
  const list: Tally = { times: [], errors: 0 };
  const page: Tally = { times: [], errors: 0 };
  const until = Date.now() + seconds * 1000;
  const server = findProcess(bench.pids[0] as number, 'scripts/serve.ts');
  if (!server) throw new Error('The app server process was not found under the one the bench started.');
  const memory = { start: residentMiB(server), peak: residentMiB(server) };
  // The curve, not just the peak: one sample a minute under load tells a plateau from a leak.
  const perMinute: number[] = [];
  let tick = 0;
  const sampling = setInterval(() => {
    const now = residentMiB(server);
    memory.peak = Math.max(memory.peak, now);
    if (++tick % 60 === 0) perMinute.push(now);
  }, 1000);
  console.log(
    `Soak: ${minutes} min at ${rate} submissions/s, ${sessions.length} leads browsing; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const [submitted] = await Promise.all([
    fire({
      url: app,
      ...form,
      tokens,
      connections: Math.max(rate, 10),
      expect: 303,
      seconds,
      perSecond: rate,
    }),
    ...sessions.map((s) => browse(app, s, until, list, page)),
  ]);
  const loadAtEnd = loadavg();
  clearInterval(sampling);
  // "After": once the last requests have finished and the app has had a few seconds to collect garbage.
  await new Promise((r) => setTimeout(r, 5000));
  const end = residentMiB(server);
  const idle: number[] = [];
  for (let waited = 0; waited < idleSeconds; waited += 30) {
    await new Promise((r) => setTimeout(r, 30_000));
    idle.push(residentMiB(server));
  }
  const client = new pg.Client({ connectionString: bench.databaseUrl });
  await client.connect();
  const mail = (
    await client.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM "OutboxEmail" GROUP BY status ORDER BY status`,
    )
  ).rows;
  await client.end();

  console.log(`\nwhat          count  errors  p50 ms  p95 ms  p99 ms`);
  line('submissions', submitted.sent, submitted.errors, [submitted.p50, submitted.p95, submitted.p99]);
  line('case list', list.times.length, list.errors, percentiles(list.times));
  line('case page', page.times.length, page.errors, percentiles(page.times));
  console.log(
    `submissions accepted per second: ${(submitted.sent / seconds).toFixed(1)} (asked for ${rate})`,
  );
  console.log(`emails: ${mail.map((m) => `${m.n} ${m.status.toLowerCase()}`).join(', ')}`);
  const mib = (n: number) => `${n.toFixed(0)} MiB`;
  console.log(
    `app server resident memory (VmRSS of pid ${server}): start ${mib(memory.start)}, peak ${mib(Math.max(memory.peak, end))}, end ${mib(end)}`,
  );
  console.log(`  each minute under load: ${perMinute.map(mib).join(', ')}`);
  if (idle.length) console.log(`  idle afterwards, every 30 s: ${idle.map(mib).join(', ')}`);
  console.log(`load average at the end (1, 5, 15 min): ${loadAtEnd.map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  await bench.stop();
}
