// The baseline for bench/load-submissions.ts: the least a server can do to accept a finished report — a
// bare node:http handler with pg, no framework. Per POST: read the draft named by the journey cookie, hash
// a new receipt with the app's argon2id parameters (lib/concerns/receipt-hash.ts), then in one transaction
// the same inserts the app makes (the concern, its platform and harm, its two chronology entries, one
// notification per member of the school's safeguarding team) and the draft marked sent; answer 303.
//   DATABASE_URL=… PORT=… npx tsx bench/lib/minimal-submit-server.ts
import { createServer } from 'node:http';
import pg from 'pg';
import { newReceiptCode, newReference } from '../../lib/concerns/codes';
import { hashReceipt } from '../../lib/concerns/receipt-hash';
import { tokenHash } from './submission-drafts';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on('error', () => {});

type Answers = Record<string, string & string[]>;

async function accept(token: string): Promise<boolean> {
  const key = tokenHash(token);
  const draft = await pool.query<{ answers: Answers }>(
    `SELECT answers FROM "ReportDraft" WHERE "tokenHash" = $1 AND "expiresAt" > now()`,
    [key],
  );
  const a = draft.rows[0]?.answers;
  if (!a || 'sent' in a) return false;
  const reference = newReference();
  const receiptHash = await hashReceipt(newReceiptCode());
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const team = await client.query<{ id: string; email: string }>(
      `SELECT u.id, u.email FROM "Membership" m JOIN "StaffUser" u ON u.id = m."userId"
       WHERE m."schoolId" = $1 AND m.role IN ('DSL', 'DEPUTY_DSL') AND u.active`,
      [a.school],
    );
    const { rows } = await client.query<{ id: string; partnershipId: string }>(
      `INSERT INTO "Concern" (id, reference, "receiptHash", "partnershipId", "schoolId", route, "childAge",
         happened, "stillHappening", "childKnows", description, "reporterRelationship", "submissionKey")
       SELECT gen_random_uuid(), $1, $2, s."partnershipId", s.id, 'SCHOOL', $4, $5, $6, $7, $8, $9, $10
       FROM "School" s WHERE s.id = $3 RETURNING id, "partnershipId"`,
      [
        reference,
        receiptHash,
        a.school,
        a.childAge,
        a.happened,
        a.stillHappening,
        a.childKnows,
        a.description,
        a.relationship,
        a.submissionKey,
      ],
    );
    const id = rows[0]?.id;
    await client.query(
      `INSERT INTO "ConcernPlatform" ("concernId", "platformId") SELECT $1, unnest($2::uuid[])`,
      [id, a.platforms],
    );
    await client.query(
      `INSERT INTO "ConcernHarm" ("concernId", "harmCategoryId") SELECT $1, unnest($2::uuid[])`,
      [id, a.harms],
    );
    await client.query(
      `INSERT INTO "ConcernEvent" ("concernId", kind, summary) VALUES ($1, 'SUBMITTED', 'Sent by the reporter.'),
       ($1, 'ROUTED', 'Sent to the school’s safeguarding team.')`,
      [id],
    );
    for (const member of team.rows) {
      await client.query(
        `INSERT INTO "OutboxEmail" (id, kind, "toAddress", subject, "textBody", "htmlBody", "messageId", "concernId")
         VALUES (gen_random_uuid(), 'concern.new', $1, 'New concern', 'A new concern.', '<p>A new concern.</p>', $2, $3)`,
        [member.email, `<new-concern.${id}.${member.id}@bench>`, id],
      );
    }
    await client.query(`UPDATE "ReportDraft" SET answers = $2, "updatedAt" = now() WHERE "tokenHash" = $1`, [
      key,
      JSON.stringify({ submissionKey: a.submissionKey, sent: { reference } }),
    ]);
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const token = /(?:^|;\s*)report_journey=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
    accept(token)
      .then((ok) => {
        res.writeHead(ok ? 303 : 400, ok ? { location: '/report/confirmation' } : {});
        res.end();
      })
      .catch(() => {
        res.writeHead(500);
        res.end();
      });
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
