// The trends headline's count of concerns sent through a site about other partnerships' schools reads only
// those concerns, from their partial index, however many concerns the site's own partnership has.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { countReportedElsewhere } from '@/lib/trends/count-reported-elsewhere';
import { statementsSent } from '../support/statements-sent';

const BENCH = '00000000-0000-0000-0000-00000000b001';
const SITE = '00000000-0000-0000-0000-00000000a001';
const CONCERNS = 20_000;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}
const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

beforeAll(async () => {
  const sql = readFileSync(join(import.meta.dirname, '../../bench/generate-concerns.sql'), 'utf8');
  const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql.replaceAll(':n', String(CONCERNS)));
    // Every concern sent on the bench partnership's own site (null), but 1 in 256 sent on the next one's.
    await client.query(`INSERT INTO "Partnership" (id, slug, name) VALUES ('${SITE}', 'site', 'Site')`);
    await client.query(
      `UPDATE "Concern" SET "reportedViaPartnershipId" = '${SITE}' WHERE right(reference, 2) = '00'`,
    );
    await client.query('VACUUM ANALYZE "Concern"');
  } finally {
    await client.end();
  }
}, 180_000);

describe('reported elsewhere plan', () => {
  it.each([
    ['the site that sent some', SITE],
    ['the partnership that sent none', BENCH],
  ])('counts for %s from the partial index alone', async (_name, partnershipId) => {
    const span = {
      first: new Date('2026-09-01T00:00:00Z'),
      after: new Date('2026-12-01T00:00:00Z'),
      previous: new Date('2026-06-01T00:00:00Z'),
    };
    const db = getDb();
    const { result: counted, sent } = await statementsSent(() =>
      countReportedElsewhere(db, partnershipId, span),
    );
    const { text, values } = sent.at(-1)!;
    const [row] = await db.$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
      ...values,
    );
    const onConcern = nodes(row!['QUERY PLAN'][0].Plan).filter((n) => n['Relation Name'] === 'Concern');
    expect(onConcern.map((n) => n['Index Name'])).toEqual(['Concern_reported_elsewhere_idx']);
    const times: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const start = performance.now();
      await countReportedElsewhere(db, partnershipId, span);
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    console.log(
      `reported elsewhere (${partnershipId === SITE ? 'site' : 'own'}): ${JSON.stringify(counted)},`,
      `p50 ${times[19]?.toFixed(1)} ms, p95 ${times[37]?.toFixed(1)} ms, load ${loadavg()[0]?.toFixed(2)}`,
    );
  });
});
