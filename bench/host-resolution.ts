// The cost of finding the partnership a public request is for (lib/partnerships/get-public-partnership.ts,
// once per request thanks to React's cache): the same look-up timed against `SELECT 1` through the same
// client in the same run, rounds alternating so load on the machine falls on both alike. 150 partnerships
// with two host names each, as a deployment serving every partnership in England might hold.
// Run: npm run bench:hosts -- [rounds=2000]
import { availableParallelism, loadavg } from 'node:os';
import { applyPendingMigrations } from '../lib/database/apply-migrations';
import { startScratchPostgres } from '../lib/database/scratch';
import { disconnectDb, getDb } from '../lib/db';
import { partnershipAtHost } from '../lib/partnerships/get-public-partnership';
import { percentile } from './lib/fire';

const rounds = Number(process.argv[2] ?? 2000);
const PARTNERSHIPS = 150;
const scratch = await startScratchPostgres('bench-hosts');
process.env.DATABASE_URL = scratch.url;
try {
  await applyPendingMigrations(scratch.url);
  const db = getDb();
  for (let i = 0; i < PARTNERSHIPS; i += 1) {
    await db.partnership.create({
      data: {
        slug: `p${i}`,
        name: `Partnership ${i}`,
        hosts: { create: [{ hostname: `p${i}.example.org` }, { hostname: `report.p${i}.example.org` }] },
      },
    });
  }
  const time = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  const lookup: number[] = [];
  const unknown: number[] = [];
  const baseline: number[] = [];
  for (let i = -50; i < rounds; i += 1) {
    const host = `p${Math.abs(i) % PARTNERSHIPS}.example.org`;
    const l = await time(async () => {
      if ((await partnershipAtHost(host))?.slug === undefined) throw new Error(`${host} not found`);
    });
    const u = await time(() => partnershipAtHost('nobody.example.org'));
    const b = await time(() => db.$queryRaw`SELECT 1`);
    if (i >= 0) {
      lookup.push(l);
      unknown.push(u);
      baseline.push(b);
    }
  }
  const q = (xs: number[], f: number) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      f,
    );
  const line = (label: string, xs: number[]) =>
    `${label.padEnd(26)} p50 ${q(xs, 0.5).toFixed(3)} ms  p95 ${q(xs, 0.95).toFixed(3)} ms  ratio to SELECT 1: p50 ${(q(xs, 0.5) / q(baseline, 0.5)).toFixed(2)}  p95 ${(q(xs, 0.95) / q(baseline, 0.95)).toFixed(2)}`;
  console.log(`${rounds} rounds, ${PARTNERSHIPS} partnerships with 2 hosts each, alternating`);
  console.log(line('SELECT 1', baseline));
  console.log(line('mapped host', lookup));
  console.log(line('unknown host (fallbacks)', unknown));
  console.log(`load average ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`);
  const plan = await db.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
    `EXPLAIN SELECT p.id FROM "Partnership" p WHERE EXISTS (SELECT 1 FROM "PartnershipHost" h WHERE h."partnershipId" = p.id AND h.hostname = 'p7.example.org') LIMIT 1`,
  );
  console.log(plan.map((row) => row['QUERY PLAN']).join('\n'));
} finally {
  await disconnectDb();
  await scratch.stop();
}
