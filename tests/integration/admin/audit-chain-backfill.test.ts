// The migration that adds the chain links the audit entries already there, oldest first.
import { expect, it } from 'vitest';
import { auditEntryHash, GENESIS_HASH } from '@/lib/audit/audit-chain-hash';
import { databaseBeforeMigration } from '../../support/before-migration';

it('chains existing entries when the migration runs, and the chain verifies', async () => {
  const { client, applyIt, drop } = await databaseBeforeMigration('backfill', '_issue7_admin_audit_chain');
  try {
    await client.query(`INSERT INTO "AuditEntry" (action, subject, "subjectId", detail)
      VALUES ('school.update', 'School', 'a', '{"changed": ["name"]}'), ('school.create', 'School', 'b', NULL),
             ('staff.deactivate', 'StaffUser', 'c', '{"é": "“quoted”"}')`);
    await applyIt();
    const rows = await client.query(`
      SELECT id, "chainPosition", "prevHash", hash, "actorId"::text AS "actorId", action, subject, "subjectId",
             "concernId"::text AS "concernId", detail::text AS "detailText",
             (extract(epoch FROM at) * 1000)::bigint AS "atMs"
      FROM "AuditEntry" ORDER BY id`);
    expect(rows.rows.map((r) => Number(r.chainPosition))).toEqual([1, 2, 3]);
    rows.rows.forEach((r, i) => {
      expect(r.prevHash).toBe(i === 0 ? GENESIS_HASH : rows.rows[i - 1].hash);
      const entry = { ...r, id: BigInt(r.id), chainPosition: BigInt(r.chainPosition), atMs: BigInt(r.atMs) };
      expect(auditEntryHash(entry)).toBe(r.hash);
    });
    // New entries carry on from the last one, and the append-only trigger is back on.
    const added = await client.query(
      `INSERT INTO "AuditEntry" (action, subject) VALUES ('x', 'y') RETURNING "chainPosition", "prevHash"`,
    );
    expect(added.rows[0]).toEqual({ chainPosition: '4', prevHash: rows.rows[2].hash });
    await expect(client.query(`UPDATE "AuditEntry" SET action = 'z'`)).rejects.toThrow(/append-only/);
  } finally {
    await drop();
  }
});
