// Email already in the outbox gets the partnership of its concern, or of its invitation; other email stays
// service mail (no partnership), so no administrator sees another partnership's dead letters.
import { expect, it } from 'vitest';
import { databaseBeforeMigration } from '../../support/before-migration';

it('backfills the partnership of email about a concern or an invitation, and of nothing else', async () => {
  const { client, applyIt, drop } = await databaseBeforeMigration(
    'outbox-partnership',
    '_operator_and_outbox_partnership',
  );
  try {
    await client.query(`
      INSERT INTO "Partnership" (id, slug, name) VALUES
        ('00000000-0000-4000-8000-00000000000a', 'a', 'A'), ('00000000-0000-4000-8000-00000000000b', 'b', 'B');
      INSERT INTO "Concern" (id, reference, "receiptHash", "partnershipId", route, happened, "stillHappening",
          "childKnows", description, "reporterRelationship")
        VALUES ('00000000-0000-4000-8000-0000000000c1', 'BCDF-GHJK', 'x', '00000000-0000-4000-8000-00000000000a',
          'FRONT_DOOR', 'THIS_WEEK', 'NOT_SURE', 'YES', 'd', 'PARENT_OR_CARER');
      INSERT INTO "Invitation" (id, "partnershipId", email, name, role, "tokenHash", "expiresAt")
        VALUES ('00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-00000000000b', 'i@example.org',
          'I', 'ADMIN', 'hash', now());
      INSERT INTO "OutboxEmail" (id, kind, "toAddress", subject, "textBody", "htmlBody", "messageId", "concernId") VALUES
        (gen_random_uuid(), 'concern.new', 'a', 's', 't', 'h', '<1-concern@test>', '00000000-0000-4000-8000-0000000000c1'),
        (gen_random_uuid(), 'staff.invitation', 'b', 's', 't', 'h',
          '<invitation.00000000-0000-4000-8000-0000000000d1.0.1@test>', NULL),
        (gen_random_uuid(), 'staff.password-reset', 'c', 's', 't', 'h', '<3-reset@test>', NULL);`);
    await applyIt();
    const rows = await client.query<{ messageId: string; partnershipId: string | null }>(
      'SELECT "messageId", "partnershipId" FROM "OutboxEmail" ORDER BY "messageId"',
    );
    expect(rows.rows.map((r) => r.partnershipId)).toEqual([
      '00000000-0000-4000-8000-00000000000a',
      null,
      '00000000-0000-4000-8000-00000000000b',
    ]);
  } finally {
    await drop();
  }
});
