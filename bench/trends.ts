// npm run bench:trends -- [--concerns=1000000,10000000]   (default 10,000,000; not part of npm test)
// Loads the concerns into a throwaway Postgres, then times every dashboard query against TrendCell and the
// naive GROUP BY over the concerns table, in the same run, and prints the p95 of each and their ratio; then
// the headline against the time chart's query (p50 and p95 of each, the ratio of the p95s, the load average).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { applyPendingMigrations } from '../lib/database/apply-migrations';
import { startScratchPostgres } from '../lib/database/scratch';
import { sizesArg } from './lib/args';

const sizes = sizesArg('10000000');
const FAST_RUNS = 40;
// The naive query scans every concern; at 10 million a handful of runs is all there is time for (the p95 of
// so few runs is their slowest).
const naiveRuns = (n: number) => (n >= 5_000_000 ? 3 : 7);
const PARTNERSHIP = '00000000-0000-0000-0000-00000000b001';

function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? NaN;
}

async function time(run: () => Promise<unknown>, times: number): Promise<number> {
  return percentile(await timings(run, times), 0.95);
}

async function timings(run: () => Promise<unknown>, times: number): Promise<number[]> {
  await run(); // warm the cache: both sides are measured warm
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    out.push(performance.now() - start);
  }
  return out;
}

async function main(n: number): Promise<void> {
  const db = await startScratchPostgres('bench');
  try {
    await applyPendingMigrations(db.url);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query("SET maintenance_work_mem = '512MB'; SET work_mem = '128MB'");
    const started = performance.now();
    const sql = readFileSync(join(import.meta.dirname, 'generate-concerns.sql'), 'utf8').replaceAll(
      ':n',
      String(n),
    );
    // One statement at a time (the file has no function bodies), so slow steps show.
    for (const statement of sql.split(/;\s*\n/).filter((s) => s.replace(/--.*$/gm, '').trim())) {
      const stepStart = performance.now();
      await client.query(statement);
      const seconds = (performance.now() - stepStart) / 1000;
      if (seconds > 1)
        console.log(`  ${seconds.toFixed(0)} s: ${statement.replace(/--.*$/gm, '').trim().slice(0, 50)}…`);
    }
    const cells = (await client.query('SELECT count(*)::int AS c FROM "TrendCell"')).rows[0].c as number;
    console.log(
      `Loaded ${n.toLocaleString('en-GB')} concerns and built ${cells.toLocaleString('en-GB')} trend cells in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    await client.end();

    process.env.DATABASE_URL = db.url;
    (await import('../lib/env')).resetEnvForTests();
    const { getDb, disconnectDb } = await import('../lib/db');
    const { queryTrendCells } = await import('../lib/trends/query-trend-cells');
    const { naiveTrendQuery } = await import('../lib/trends/naive-trend-query');
    const { queryTrendHeadline } = await import('../lib/trends/query-trend-headline');
    const base = {
      from: new Date('2025-11-24T00:00:00Z'),
      to: new Date('2026-11-23T00:00:00Z'),
      period: 'month' as const,
      platformId: null,
      harmCategoryId: null,
      area: null,
      phase: null,
    };
    const cases = [
      ['one year by week', base, 'week'],
      ['one year by month', base, 'month'],
      ['one year by quarter', { ...base, period: 'quarter' as const }, 'quarter'],
      [
        '3 years by year',
        { ...base, from: new Date('2024-01-01T00:00:00Z'), period: 'year' as const },
        'year',
      ],
      ['one year by platform', base, 'platform'],
      ['one year by harm', base, 'harm'],
      ['one year by school year', base, 'yearBand'],
      ['one year by phase', base, 'phase'],
      ['one year by area', base, 'area'],
      [
        '3 years, one platform, by month',
        {
          ...base,
          from: new Date('2024-01-01T00:00:00Z'),
          platformId: '00000000-0000-0000-0002-000000000003',
        },
        'month',
      ],
      [
        'one year, one harm and area, by phase',
        { ...base, harmCategoryId: '00000000-0000-0000-0003-000000000002', area: 'Town 3' },
        'phase',
      ],
    ] as const;
    console.log('query | p95 TrendCell (ms) | p95 naive GROUP BY (ms) | naive ÷ TrendCell');
    for (const [name, filters, by] of cases) {
      const fast = await time(() => queryTrendCells(getDb(), PARTNERSHIP, filters, by), FAST_RUNS);
      const naive = await time(() => naiveTrendQuery(getDb(), PARTNERSHIP, filters, by), naiveRuns(n));
      console.log(`${name} | ${fast.toFixed(1)} | ${naive.toFixed(1)} | ${(naive / fast).toFixed(0)}×`);
    }
    // The page's headline: this span and the one before, by platform and harm, and schools from the concerns
    // (TrendCell keeps no school), against the one TrendCell query the time chart makes.
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(', ');
    console.log(
      `headline, load average ${load} | headline p50 / p95 (ms) | time chart query p50 / p95 (ms) | p95 ÷`,
    );
    for (const [name, filters] of [
      ['one year by month', base],
      ['one year by week', { ...base, period: 'week' as const }],
      ['3 years by year', { ...base, from: new Date('2024-01-01T00:00:00Z'), period: 'year' as const }],
    ] as const) {
      const headline = await timings(() => queryTrendHeadline(getDb(), PARTNERSHIP, filters), FAST_RUNS);
      const chart = await timings(
        () => queryTrendCells(getDb(), PARTNERSHIP, filters, filters.period),
        FAST_RUNS,
      );
      const [h50, h95, c50, c95] = [headline, chart].flatMap((t) => [0.5, 0.95].map((p) => percentile(t, p)));
      console.log(
        `${name} | ${h50!.toFixed(1)} / ${h95!.toFixed(1)} | ${c50!.toFixed(1)} / ${c95!.toFixed(1)} | ${(h95! / c95!).toFixed(1)}×`,
      );
    }
    await disconnectDb();
  } finally {
    await db.stop();
  }
}

// Each size in its own throwaway database, one after the other.
for (const n of sizes) await main(n);
