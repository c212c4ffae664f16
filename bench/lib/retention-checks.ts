// What bench/retention.ts checks after each side has run, against the table of expected outcomes that
// bench/lib/retention-data.ts wrote before the copy was made: the due concerns and everything about them
// are gone, nothing else is, one deletion record per concern, and the trend cells are as they were.
import pg from 'pg';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Every trend cell, in one hash: unchanged means the trends kept every count. */
export async function trendFingerprint(url: string): Promise<{ hash: string; concerns: number }> {
  return withClient(url, async (client) => {
    const [row] = (
      await client.query<{ hash: string; concerns: number }>(
        `SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS hash, sum(t.concerns)::int AS concerns
         FROM "TrendCell" t`,
      )
    ).rows;
    return { hash: row?.hash ?? '', concerns: row?.concerns ?? 0 };
  });
}

const COUNTS = `
SELECT
  (SELECT count(*) FROM bench_expected e JOIN "Concern" c USING (id) WHERE e.due)::int AS "dueLeft",
  (SELECT count(*) FROM bench_expected e JOIN "Concern" c USING (id) WHERE NOT e.due)::int AS "notDueKept",
  (SELECT count(*) FROM bench_expected WHERE NOT due)::int AS "notDue",
  (SELECT count(*) FROM "Concern" c WHERE NOT EXISTS (SELECT FROM bench_expected e WHERE e.id = c.id))::int AS "unknown",
  (SELECT count(*) FROM bench_expected e WHERE e.due AND (
     EXISTS (SELECT FROM "ConcernEvent" x WHERE x."concernId" = e.id) OR
     EXISTS (SELECT FROM "Message" x WHERE x."concernId" = e.id) OR
     EXISTS (SELECT FROM "Referral" x WHERE x."concernId" = e.id) OR
     EXISTS (SELECT FROM "OutboxEmail" x WHERE x."concernId" = e.id) OR
     EXISTS (SELECT FROM "TrendMember" x WHERE x."concernId" = e.id) OR
     EXISTS (SELECT FROM "ConcernPlatform" x WHERE x."concernId" = e.id) OR
     EXISTS (SELECT FROM "ConcernHarm" x WHERE x."concernId" = e.id)))::int AS "childrenLeft",
  (SELECT count(*) FROM "DeletionRecord")::int AS "records",
  (SELECT count(*) FROM "DeletionRecord" d JOIN bench_expected e ON e.id = d."concernId" AND e.due)::int AS "recordsOfDue"`;

type Counts = Record<
  'dueLeft' | 'notDueKept' | 'notDue' | 'unknown' | 'childrenLeft' | 'records' | 'recordsOfDue',
  number
>;

export async function checkDeletions(
  url: string,
  due: number,
  trendsBefore: { hash: string; concerns: number },
): Promise<Check[]> {
  const c = await withClient(url, async (client) => (await client.query<Counts>(COUNTS)).rows[0] as Counts);
  const trends = await trendFingerprint(url);
  return [
    { name: 'due concerns gone', ok: c.dueLeft === 0, detail: `${c.dueLeft} left` },
    {
      name: 'their chronology, messages, referrals, email, links gone',
      ok: c.childrenLeft === 0,
      detail: `${c.childrenLeft} concerns with rows left`,
    },
    {
      name: 'not-due concerns kept',
      ok: c.notDueKept === c.notDue && c.unknown === 0,
      detail: `${c.notDueKept} of ${c.notDue}`,
    },
    {
      name: 'one DeletionRecord per due concern',
      ok: c.records === due && c.recordsOfDue === due,
      detail: `${c.records} records, ${c.recordsOfDue} of them for due concerns, N = ${due}`,
    },
    {
      name: 'TrendCell unchanged',
      ok: trends.hash === trendsBefore.hash,
      detail: `${trends.concerns} concerns counted, ${trendsBefore.concerns} before`,
    },
  ];
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
