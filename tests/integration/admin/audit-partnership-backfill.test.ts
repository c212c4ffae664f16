// The migration that gives audit entries a partnership fills it in for entries already there, where it can
// be known, and leaves the hash chain intact.
import { expect, it } from 'vitest';
import { auditEntryHash } from '@/lib/audit/audit-chain-hash';
import { databaseBeforeMigration } from '../../support/before-migration';

const A = '00000000-0000-7000-8000-00000000000a';
const B = '00000000-0000-7000-8000-00000000000b';
const ONLY_A = '00000000-0000-7000-8000-0000000000a1';
const BOTH = '00000000-0000-7000-8000-0000000000ab';
const CONCERN_B = '00000000-0000-7000-8000-0000000000c2';
const SCHOOL_B = '00000000-0000-7000-8000-0000000000d2';

it('gives existing entries the partnership of their concern, school or single-partnership actor', async () => {
  const { client, applyIt, drop } = await databaseBeforeMigration('audit-pid', '_audit_entry_partnership');
  try {
    await client.query(`
      INSERT INTO "Partnership" (id, slug, name) VALUES ('${A}', 'a', 'A'), ('${B}', 'b', 'B');
      INSERT INTO "StaffUser" (id, email, name, "updatedAt")
        VALUES ('${ONLY_A}', 'a@example.org', 'A', now()), ('${BOTH}', 'ab@example.org', 'AB', now());
      INSERT INTO "Membership" (id, "userId", "partnershipId", role) VALUES
        (gen_random_uuid(), '${ONLY_A}', '${A}', 'ADMIN'),
        (gen_random_uuid(), '${BOTH}', '${A}', 'FRONT_DOOR'), (gen_random_uuid(), '${BOTH}', '${B}', 'FRONT_DOOR');
      INSERT INTO "School" (id, "partnershipId", urn, name, phase, "localAuthority", "updatedAt")
        VALUES ('${SCHOOL_B}', '${B}', 123456, 'S', 'PRIMARY', 'L', now());
      INSERT INTO "Concern" (id, reference, "receiptHash", "partnershipId", route, happened, "stillHappening",
        "childKnows", description, "reporterRelationship")
        VALUES ('${CONCERN_B}', 'R1', 'h', '${B}', 'FRONT_DOOR', 'THIS_WEEK', 'NOT_SURE', 'YES', 'd', 'PARENT_OR_CARER');
      INSERT INTO "AuditEntry" ("actorId", action, subject, "subjectId", "concernId") VALUES
        ('${BOTH}', 'concern.view', 'Concern', NULL, '${CONCERN_B}'),
        (NULL, 'school.update', 'School', '${SCHOOL_B}', NULL),
        ('${ONLY_A}', 'platform.update', 'Platform', 'p', NULL),
        ('${BOTH}', 'staff.password.change', 'StaffUser', '${BOTH}', NULL),
        (NULL, 'encryption.rewrap', 'DataKey', NULL, NULL);`);
    await applyIt();
    const rows = await client.query(`
      SELECT id, "chainPosition", "prevHash", hash, "actorId"::text AS "actorId", action, subject, "subjectId",
             "concernId"::text AS "concernId", detail::text AS "detailText",
             (extract(epoch FROM at) * 1000)::bigint AS "atMs", "partnershipId"::text AS "partnershipId"
      FROM "AuditEntry" ORDER BY id`);
    expect(rows.rows.map((r) => [r.action, r.partnershipId])).toEqual([
      ['concern.view', B],
      ['school.update', B],
      ['platform.update', A],
      ['staff.password.change', null],
      ['encryption.rewrap', null],
    ]);
    for (const r of rows.rows) {
      const entry = { ...r, id: BigInt(r.id), chainPosition: BigInt(r.chainPosition), atMs: BigInt(r.atMs) };
      expect(auditEntryHash(entry)).toBe(r.hash);
    }
    await expect(client.query(`UPDATE "AuditEntry" SET "partnershipId" = NULL`)).rejects.toThrow(
      /append-only/,
    );
  } finally {
    await drop();
  }
});
