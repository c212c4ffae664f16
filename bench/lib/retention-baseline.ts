// The baseline for bench/retention.ts: the retention job's irreducible work written by hand in plain SQL.
// One set-based query finds every due concern, then batches of 200 (the job's size), each in its own
// transaction: the same deletes in the same order (trend_retire first: it removes the TrendMember rows, so
// the trend triggers keep the counts, and keeps them in TrendRetired for trend_rebuild), a DeletionRecord
// per concern and one chained audit entry per batch. The triggers and foreign
// keys of the schema apply here as they do to the job: only the job's own overhead is left out.
import pg from 'pg';
import { DUE, dueParameters } from './retention-data';

const BATCH = 200;

const FIND = [
  `CREATE TEMP TABLE due (id uuid PRIMARY KEY, "partnershipId" uuid, reference text, "submittedAt" timestamptz,
     "closedAt" timestamptz, "dueAt" timestamptz, "ageKnown" boolean, policy jsonb)`,
  `INSERT INTO due SELECT c.id, c."partnershipId", c.reference, c."submittedAt", c."closedAt",
  retention_due(c."closedAt", c."submittedAt", c."childAge", c."childYear", p.age, p.years) AS "dueAt",
  COALESCE(c."childAge", c."childYear") IS NOT NULL AS "ageKnown",
  jsonb_build_object('keepUntilChildAge', p.age, 'yearsAfterClosure', p.years) AS policy
${DUE}`,
];

const DELETE_BATCH = [
  `SELECT trend_retire($1::uuid[])`,
  `DELETE FROM "ConcernEvent" WHERE "concernId" = ANY($1::uuid[])`,
  `DELETE FROM "Referral" WHERE "concernId" = ANY($1::uuid[])`,
  `DELETE FROM "Message" WHERE "concernId" = ANY($1::uuid[])`,
  `DELETE FROM "OutboxEmail" WHERE "concernId" = ANY($1::uuid[])`,
  `DELETE FROM "Concern" WHERE id = ANY($1::uuid[])`,
  `INSERT INTO "DeletionRecord" (id, "partnershipId", "concernId", reference, "submittedAt", "closedAt", "dueAt",
     "deletedAt", reason, policy)
   SELECT gen_random_uuid(), d."partnershipId", d.id, d.reference, d."submittedAt", d."closedAt", d."dueAt", $2,
     (CASE WHEN d."ageKnown" THEN 'CHILD_AGE' ELSE 'YEARS_AFTER_CLOSURE' END)::"DeletionReason", d.policy
   FROM due d WHERE d.id = ANY($1::uuid[])`,
  `INSERT INTO "AuditEntry" (action, subject, "subjectId", detail)
   SELECT 'retention.concerns.delete', 'Partnership', d."partnershipId"::text,
     jsonb_build_object('count', count(*), 'references', jsonb_agg(d.reference), 'policy', min(d.policy::text)::jsonb)
   FROM due d WHERE d.id = ANY($1::uuid[]) GROUP BY d."partnershipId"`,
];

/** Deletes every concern due by `clock` from the database at `url`; returns how many, and each batch's ms. */
export async function deleteDueByHand(
  url: string,
  clock: Date,
): Promise<{ deleted: number; batches: number[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(FIND[0] as string);
    await client.query(FIND[1] as string, dueParameters(clock));
    const ids = (
      await client.query<{ id: string }>(`SELECT id FROM due ORDER BY "submittedAt", id`)
    ).rows.map((r) => r.id);
    const batches: number[] = [];
    for (let from = 0; from < ids.length; from += BATCH) {
      const began = performance.now();
      const batch = ids.slice(from, from + BATCH);
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.retention_purge', 'on', true)`);
      for (const statement of DELETE_BATCH)
        await client.query(statement, statement.includes('$2') ? [batch, clock] : [batch]);
      await client.query('COMMIT');
      batches.push(performance.now() - began);
    }
    return { deleted: ids.length, batches };
  } finally {
    await client.end();
  }
}
