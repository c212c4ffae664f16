// On a deployment of many partnerships (bench/lib/deployment-seed.ts: 150 partnerships, 24,000 schools), a
// partnership's trends must read its own concerns of the span from an index, as one partnership alone would:
// the headline's "schools with a concern" one probe per school, with no step that reads concerns only to
// throw them away (the planner once joined each probe with the partnership's whole index: 27x slower than
// one partnership alone), and the platforms' answers from the index alone, no heap visit and no concern
// outside the span (once every concern the partnership ever had, from the heap: 3.8x).
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchUuid, KIND, seedDeployment } from '@/bench/lib/deployment-seed';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { platformResponsesStatement } from '@/lib/trends/query-platform-responses';
import { trendHeadlineStatement } from '@/lib/trends/query-trend-headline';

const CONCERNS = 300_000;
const PARTNERSHIP = benchUuid(KIND.partnership, 15);
const anchor = new Date('2026-11-30T12:00:00Z');
const filters = {
  from: new Date('2026-06-01T00:00:00Z'),
  to: new Date('2026-11-30T00:00:00Z'),
  period: 'month' as const,
  platformId: null,
  harmCategoryId: null,
  area: null,
  phase: null,
};

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Rows Removed by Filter'?: number;
  'Heap Fetches'?: number;
  Plans?: PlanNode[];
}

const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

async function concernSteps(statement: Prisma.Sql): Promise<PlanNode[]> {
  const [row] = await getDb().$queryRaw<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>`
    EXPLAIN (ANALYZE, FORMAT JSON) ${statement}`;
  return nodes(row!['QUERY PLAN'][0].Plan).filter((n) => n['Relation Name'] === 'Concern');
}

beforeAll(async () => {
  const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
  await client.connect();
  try {
    await seedDeployment(client, { concerns: CONCERNS, anchor, trendCells: false });
  } finally {
    await client.end();
  }
}, 180_000);

describe('trends on a deployment of 150 partnerships', () => {
  it('counts schools with a concern by one index probe per school and span, throwing nothing away', async () => {
    const steps = await concernSteps(trendHeadlineStatement(PARTNERSHIP, filters));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(step['Node Type']).toMatch(/^Index/);
      expect(step['Rows Removed by Filter'] ?? 0).toBe(0);
    }
  });

  it("reads the platforms' answers from the span's concerns in the index alone", async () => {
    const steps = await concernSteps(platformResponsesStatement(PARTNERSHIP, filters));
    expect(steps).toHaveLength(1);
    expect(steps[0]!['Node Type']).toBe('Index Only Scan');
    expect(steps[0]!['Heap Fetches'] ?? 0).toBe(0);
    expect(steps[0]!['Rows Removed by Filter'] ?? 0).toBe(0);
    expect(steps[0]!['Actual Rows']).toBeGreaterThan(0);
  });
});
