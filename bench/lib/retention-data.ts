// Turns generated concerns (bench/generate-concerns.ts, all from the last 900 days) into a partnership
// where exactly `due` closed concerns have passed their retention date by `clock`, and about as many have
// not, in every way that matters to the job's claim query: recent ones, and old ones that are held, still
// open, closed only lately, or about a young child (those are in the submittedAt range the claim scans).
// Adds what a real case gathers and the generator does not write: the DSL's new-concern notification (sent, kept in the
// outbox), and a referral on 1 in 10 closed concerns. Bulk SQL with triggers off, then the trend cells are
// rebuilt once, so the trends hold every concern as they would after years of live use.
import pg from 'pg';
import { DEFAULT_RETENTION_POLICY as DEFAULTS } from '../../lib/retention/retention-policy';

export interface RetentionData {
  /** Due by retention_due, as the job decides. */
  due: number;
  /** Made due here (plus any demo concern already due): must be the same concerns. */
  planned: number;
  agreeing: number;
  notDue: number;
}

/** Due by $1 under each partnership's policy, held ones excepted: by retention_due, as the job decides. */
export const DUE = `
FROM "Concern" c LEFT JOIN "RetentionPolicy" r USING ("partnershipId")
CROSS JOIN LATERAL (SELECT COALESCE(r."keepUntilChildAge", $2) AS age, COALESCE(r."yearsAfterClosure", $3) AS years) p
WHERE c.status = 'CLOSED' AND NOT c."legalHold"
  AND retention_due(c."closedAt", c."submittedAt", c."childAge", c."childYear", p.age, p.years) <= $1`;

/** Which generated concern becomes what: closed ones in order of their number, the first `due` due. */
const plan = (due: number) => `
CREATE TEMP TABLE plan AS
SELECT id, g, kind FROM (
  SELECT c.id, c.status, substring(c.reference FROM 4)::int AS g, row_number() OVER (PARTITION BY c.status = 'CLOSED' ORDER BY substring(c.reference FROM 4)::int) AS r
  FROM "Concern" c WHERE c.reference LIKE 'BN-%'
) n CROSS JOIN LATERAL (SELECT CASE
  WHEN n.status = 'CLOSED' AND n.r <= ${Math.trunc(due)} THEN (CASE WHEN n.r % 4 = 0 THEN 'due-age' ELSE 'due-years' END)
  WHEN n.status = 'CLOSED' AND n.r % 5 = 0 THEN 'held'
  WHEN n.status = 'CLOSED' AND n.r % 5 = 1 THEN 'young-child'
  WHEN n.status = 'CLOSED' AND n.r % 5 = 2 THEN 'closed-lately'
  WHEN n.status <> 'CLOSED' AND n.r % 2 = 0 THEN 'old-open'
  ELSE 'recent' END AS kind) k`;

// How far back each kind goes, and the child's age where it decides: 16 → kept until 25, so due 9 years
// after sending; 6 → 19 years. Closed lately: sent years ago, closed days ago, so 7 years from now.
const BACKDATE = `
UPDATE "Concern" c SET
  "submittedAt" = c."submittedAt" - s.back, "firstOpenedAt" = c."firstOpenedAt" - s.back,
  "lastActivityAt" = c."lastActivityAt" - s.back * s.all_of_it,
  "closedAt" = CASE WHEN s.all_of_it = 1 THEN c."closedAt" - s.back ELSE $1::timestamptz - interval '3 days' END,
  "childAge" = COALESCE(s.age, c."childAge"),
  "legalHold" = s.held, "legalHoldReason" = CASE WHEN s.held THEN 'Bench: a court order' END,
  "legalHoldSince" = CASE WHEN s.held THEN $1::timestamptz - interval '30 days' END
FROM plan p JOIN (VALUES
  ('due-years', interval '8 years', NULL::smallint, false, 1), ('due-age', interval '10 years', 16, false, 1),
  ('held', interval '8 years', NULL, true, 1), ('young-child', interval '10 years', 6, false, 1),
  ('closed-lately', interval '8 years', NULL, false, 0), ('old-open', interval '8 years', NULL, false, 1)
) AS s(kind, back, age, held, all_of_it) ON s.kind = p.kind
WHERE c.id = p.id`;

const EVENTS_ALONG = `
UPDATE "ConcernEvent" e SET at = c."submittedAt" FROM plan p JOIN "Concern" c ON c.id = p.id
WHERE e."concernId" = p.id AND p.kind <> 'recent';
UPDATE "Message" m SET "createdAt" = c."lastActivityAt" FROM plan p JOIN "Concern" c ON c.id = p.id
WHERE m."concernId" = p.id AND p.kind <> 'recent'`;

const EMAILS_AND_REFERRALS = `
INSERT INTO "OutboxEmail" (id, kind, "toAddress", subject, "textBody", "htmlBody", "messageId", "concernId",
  status, attempts, "nextAttemptAt", "sentAt", "createdAt")
SELECT gen_random_uuid(), 'concern.new', 'dsl.bench@northshire.example', 'A new concern', '', '',
  '<' || c.reference || '.new-concern@bench>', c.id, 'SENT', 1, c."submittedAt",
  c."submittedAt", c."submittedAt"
FROM plan p JOIN "Concern" c ON c.id = p.id;
INSERT INTO "Referral" (id, "concernId", destination, "referredOn", "referredById", "createdAt")
SELECT gen_random_uuid(), c.id, 'POLICE', c."submittedAt"::date, $1::uuid, c."submittedAt"
FROM plan p JOIN "Concern" c ON c.id = p.id
WHERE c.status = 'CLOSED' AND p.g % 10 = 0`;

// What the checks afterwards compare with: every concern there was, and whether it was made due. A real
// table, so it is in the baseline's copy too; nothing else reads it.
const EXPECTED = [
  `CREATE TABLE bench_expected (id uuid PRIMARY KEY, due boolean NOT NULL)`,
  `INSERT INTO bench_expected SELECT c.id, COALESCE(p.kind LIKE 'due-%', c.id IN (SELECT c.id ${DUE}))
   FROM "Concern" c LEFT JOIN plan p USING (id)`,
];

async function expected(client: pg.Client, clock: Date): Promise<RetentionData> {
  const [row] = (
    await client.query<Omit<RetentionData, 'due'>>(
      `SELECT count(*) FILTER (WHERE e.due)::int AS planned, count(*) FILTER (WHERE NOT e.due)::int AS "notDue",
         count(*) FILTER (WHERE e.due AND e.id IN (SELECT c.id ${DUE}))::int AS agreeing
       FROM bench_expected e`,
      dueParameters(clock),
    )
  ).rows;
  return { due: await countDue(client, clock), planned: 0, agreeing: 0, notDue: 0, ...row };
}

export async function prepareRetentionData(url: string, due: number, clock: Date): Promise<RetentionData> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const demoDue = await countDue(client, clock);
    await client.query('BEGIN');
    // Triggers off: the chronology is append-only (its dates move with its concern here), and the trend
    // cells are rebuilt once below rather than row by row.
    await client.query('SET LOCAL session_replication_role = replica');
    // A number, not a parameter: CREATE TABLE AS takes none.
    await client.query(plan(due - demoDue));
    await client.query(BACKDATE, [clock]);
    for (const statement of EVENTS_ALONG.split(';')) await client.query(statement);
    const [staff] = (await client.query<{ id: string }>(`SELECT id FROM "StaffUser" ORDER BY email LIMIT 1`))
      .rows;
    const [emails, referrals] = EMAILS_AND_REFERRALS.split(';');
    await client.query(emails as string);
    await client.query(referrals as string, [staff?.id]);
    await client.query('SELECT trend_rebuild()');
    await client.query(EXPECTED[0] as string);
    await client.query(EXPECTED[1] as string, dueParameters(clock));
    await client.query('COMMIT');
    await client.query('VACUUM (ANALYZE)');
    return await expected(client, clock);
  } finally {
    await client.end();
  }
}

export const dueParameters = (clock: Date) => [clock, DEFAULTS.keepUntilChildAge, DEFAULTS.yearsAfterClosure];

export async function countDue(client: pg.Client, clock: Date): Promise<number> {
  const [row] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n ${DUE}`, dueParameters(clock)))
    .rows;
  return row?.n ?? 0;
}
