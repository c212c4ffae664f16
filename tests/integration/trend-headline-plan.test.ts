// The headline's "schools with a concern" must stay a probe per school and span, however many concerns a
// partnership has: with the bench's data (40 schools, concerns spread over three years), no step of the plan
// may read concerns only to throw them away.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { trendHeadlineStatement } from '@/lib/trends/query-trend-headline';

const PARTNERSHIP = '00000000-0000-0000-0000-00000000b001';
const CONCERNS = 20_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

beforeAll(async () => {
  const sql = readFileSync(join(import.meta.dirname, '../../bench/generate-concerns.sql'), 'utf8');
  const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql.replaceAll(':n', String(CONCERNS)));
  } finally {
    await client.end();
  }
}, 120_000);

describe('trend headline plan', () => {
  it('counts schools with one index probe per school and span, reading no concern it throws away', async () => {
    const filters = {
      from: new Date('2025-11-24T00:00:00Z'),
      to: new Date('2026-11-23T00:00:00Z'),
      period: 'month' as const,
      platformId: null,
      harmCategoryId: null,
      area: null,
      phase: null,
    };
    const statement = trendHeadlineStatement(PARTNERSHIP, filters);
    const [row] = await getDb().$queryRaw<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>`
      EXPLAIN (ANALYZE, FORMAT JSON) ${statement}`;
    const concernSteps = nodes(row!['QUERY PLAN'][0].Plan).filter((n) => n['Relation Name'] === 'Concern');
    expect(concernSteps.length).toBeGreaterThan(0);
    for (const step of concernSteps) {
      expect(step['Node Type']).toMatch(/Index/);
      expect(step['Rows Removed by Filter'] ?? 0).toBe(0);
    }
  });
});
