// The email telling a team about a new concern is a "notification" now, and its outbox kind says so. The
// migration renames the kind of rows already queued or kept, so the delivery page shows one word for it.
import { expect, it } from 'vitest';
import { databaseBeforeMigration } from '../support/before-migration';

it('renames the kind of new-concern emails already in the outbox, and no other kind', async () => {
  const { client, applyIt, drop } = await databaseBeforeMigration(
    'new-concern-kind',
    '_new_concern_notification_kind',
  );
  try {
    await client.query(`
      INSERT INTO "OutboxEmail" (id, kind, "toAddress", subject, "textBody", "htmlBody", "messageId") VALUES
        (gen_random_uuid(), 'concern.alert', 'a@example.org', 's', 't', 'h', '<a@test>'),
        (gen_random_uuid(), 'concern.reporter-wrote', 'b@example.org', 's', 't', 'h', '<b@test>');`);
    await applyIt();
    const rows = await client.query<{ kind: string }>('SELECT kind FROM "OutboxEmail" ORDER BY "messageId"');
    expect(rows.rows.map((r) => r.kind)).toEqual(['concern.new', 'concern.reporter-wrote']);
  } finally {
    await drop();
  }
});
