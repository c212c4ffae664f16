// The parent's school search covers every active school on the deployment (England has ~24,000), at each
// key press of the type-ahead: with that many schools, the query the app sends must be read from the
// trigram indexes, never by reading the whole table. The timings are printed for docs/performance.md, not
// asserted (a bench's job).
import { loadavg } from 'node:os';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { getEnv } from '@/lib/env';
import { searchSchools } from '@/lib/reporting/search-schools';
import { statementsSent, type SentStatement } from '../support/statements-sent';

const SCHOOLS = 24_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  // 160 partnerships of 150 schools, named from common words as real schools are, so a word like "St"
  // or "Primary" matches thousands; one in twenty closed.
  await withClient((client) =>
    client.query(`
      INSERT INTO "Partnership" (id, slug, name)
        SELECT gen_random_uuid(), 'plan-' || p, 'Partnership ' || p FROM generate_series(1, 160) p;
      WITH words AS (
        SELECT ARRAY['St Mary''s','Oakfield','Riverside','Holy Trinity','Westgate','Hillcrest','Meadow',
          'Brook','Ashby','Kingsway','Elm','Castle','Green Lane','Priory','Abbey','Northfield'] AS first,
          ARRAY['Primary School','Academy','Infant School','Junior School','High School','C of E Primary',
          'Community School','Catholic Primary'] AS second
      )
      INSERT INTO "School" (id, "partnershipId", urn, name, town, postcode, phase, "localAuthority", active, "updatedAt")
        SELECT gen_random_uuid(), p.id, 500000 + i,
          first[1 + i % 16] || ' ' || second[1 + (i / 16) % 8] || ' ' || i,
          'Town ' || (i % 2000),
          chr(65 + i % 26) || chr(65 + (i / 26) % 26) || (i % 99) || ' ' || (i % 9) || chr(65 + i % 23) || chr(65 + i % 19),
          'PRIMARY', 'Authority ' || (i % 150), i % 20 <> 0, now()
        FROM generate_series(0, ${SCHOOLS - 1}) i, words,
          LATERAL (SELECT id FROM "Partnership" WHERE slug = 'plan-' || (1 + i % 160)) p;`),
  );
  // As autovacuum does after an import: until then new rows wait in each GIN index's pending list, which
  // the planner prices as read in full, so it may read the table instead (still a few milliseconds).
  await withClient((client) => client.query('VACUUM ANALYZE "School"'));
}, 120_000);

/** The statement and values searchSchools sends, caught where the driver writes them. */
async function statementOf(query: string): Promise<SentStatement> {
  const { sent } = await statementsSent(() => searchSchools(query, 10));
  return sent.findLast((s) => s.text.includes('"School"')) ?? { text: '', values: [] };
}

describe('school search plan', () => {
  it.each(['oakfield', 'st mary', 'town 1234', 'ab12 3', 'kingsway academy 90'])(
    'reads "%s" from the trigram indexes, not the whole table',
    async (query) => {
      const { text, values } = await statementOf(query);
      expect(text).toContain('ILIKE');
      const plan = await withClient(async (client) => {
        const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
          values,
        );
        return nodes(rows[0]!['QUERY PLAN'][0].Plan);
      });
      const onSchool = plan.filter((n) => n['Relation Name'] === 'School');
      expect(onSchool.map((n) => n['Node Type'])).not.toContain('Seq Scan');
      const indexes = plan.map((n) => n['Index Name']).filter(Boolean);
      expect(indexes).toContain('School_name_trgm_idx');
      const times: number[] = [];
      for (let i = 0; i < 40; i += 1) {
        const start = performance.now();
        await searchSchools(query, 10);
        times.push(performance.now() - start);
      }
      times.sort((x, y) => x - y);
      console.log(
        `school search "${query}": p50 ${times[19]?.toFixed(1)} ms, p95 ${times[37]?.toFixed(1)} ms,`,
        `plan ${plan.map((n) => n['Index Name'] ?? n['Node Type']).join(' > ')}, load ${loadavg()[0]?.toFixed(2)}`,
      );
    },
  );
});
