// The partnership_platform_choices migration: the advice partnership staff wrote on Platform becomes each
// existing partnership's own, so no parent reads different words, and Platform keeps it as the national text.
import { expect, it } from 'vitest';
import { databaseBeforeMigration } from '../support/before-migration';

it('copies the advice on each platform into a row for every existing partnership, offered', async () => {
  const { client, applyIt, drop } = await databaseBeforeMigration(
    'pplatform',
    '_partnership_platform_choices',
  );
  try {
    await client.query(`
      INSERT INTO "Partnership" (id, slug, name) VALUES
        ('10000000-0000-0000-0000-000000000001', 'p', 'P'), ('10000000-0000-0000-0000-000000000002', 'q', 'Q');
      INSERT INTO "Platform" (id, slug, name, advice, "privacyAdvice", "updatedAt") VALUES
        ('20000000-0000-0000-0000-000000000001', 'chat', 'Chat', 'Know this.', 'Set it private.', now()),
        ('20000000-0000-0000-0000-000000000002', 'quiet', 'Quiet', NULL, NULL, now());`);

    await applyIt();
    const rows = await client.query(
      `SELECT "partnershipId", "platformId", offered, advice, "privacyAdvice", "reportingAdvice"
       FROM "PartnershipPlatform" ORDER BY "partnershipId"`,
    );
    const row = (partnershipId: string) => ({
      partnershipId,
      platformId: '20000000-0000-0000-0000-000000000001',
      offered: true,
      advice: 'Know this.',
      privacyAdvice: 'Set it private.',
      reportingAdvice: null,
    });
    expect(rows.rows).toEqual([
      row('10000000-0000-0000-0000-000000000001'),
      row('10000000-0000-0000-0000-000000000002'),
    ]);
    const national = await client.query(`SELECT advice FROM "Platform" WHERE slug = 'chat'`);
    expect(national.rows).toEqual([{ advice: 'Know this.' }]);
  } finally {
    await drop();
  }
});
