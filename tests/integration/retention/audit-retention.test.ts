// Old audit entries go under the policy, and the chain can still be verified from the oldest one kept.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { getDb } from '@/lib/db';
import { purgeExpiredAudit } from '@/lib/retention/purge-expired-audit';
import { makePartnership } from '../../support/factories';
import { runScript } from '../../support/run-script';

const db = getDb();
const NOW = new Date('2026-03-10T02:00:00Z');

async function entry(at: Date, n: number) {
  await db.auditEntry.create({
    data: { at, actorId: null, action: 'school.update', subject: 'School', subjectId: String(n) },
  });
}

/** As the database superuser, with triggers off: what someone with the server's keys could do. */
async function tamper(sql: string) {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
    await tx.$executeRawUnsafe(sql);
  });
}

describe('audit retention', () => {
  it('deletes entries older than the longest policy in batches, and the chain still verifies', async () => {
    const { id: keepsLonger } = await makePartnership();
    await makePartnership(); // default policy: 7 years
    await db.retentionPolicy.create({ data: { partnershipId: keepsLonger, auditYears: 9 } });
    for (let i = 0; i < 12; i++) await entry(new Date('2016-01-01T00:00:00Z'), i); // older than 9 years
    for (let i = 0; i < 3; i++) await entry(new Date('2018-01-01T00:00:00Z'), 100 + i); // 8 years: kept
    for (let i = 0; i < 3; i++) await entry(new Date('2025-01-01T00:00:00Z'), 200 + i);

    expect(await purgeExpiredAudit(db, NOW, 5)).toBe(5);
    expect((await verifyAuditChain(db)).firstBroken).toBeNull();
    expect(await purgeExpiredAudit(db, NOW, 5)).toBe(5);
    expect(await purgeExpiredAudit(db, NOW, 5)).toBe(2);
    expect(await purgeExpiredAudit(db, NOW, 5)).toBe(0);

    const kept = await db.auditEntry.findMany({
      where: { action: 'school.update' },
      select: { subjectId: true },
    });
    expect(kept.map((k) => k.subjectId).sort()).toEqual(['100', '101', '102', '200', '201', '202']);
    const report = await verifyAuditChain(db);
    expect(report.firstBroken).toBeNull();
    expect(report.purgedThrough).toBe(12n);
    const run = await runScript('scripts/audit-verify.ts', {
      NODE_ENV: 'test',
      DATABASE_URL: process.env.DATABASE_URL!,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('up to position 12 were deleted by the retention policy');
  });

  it('still notices entries removed behind its back after a purge', async () => {
    const first = await db.auditEntry.findFirst({ orderBy: { chainPosition: 'asc' } });
    await tamper(`DELETE FROM "AuditEntry" WHERE id = ${first!.id}`);
    const report = await verifyAuditChain(db);
    expect(report.firstBroken?.reason).toMatch(
      /retention purge removed entries up to position 12, but not these/,
    );
    const run = await runScript('scripts/audit-verify.ts', {
      NODE_ENV: 'test',
      DATABASE_URL: process.env.DATABASE_URL!,
    });
    expect(run.code).toBe(1);
  });

  it('refuses to delete audit entries outside a purge', async () => {
    await expect(db.auditEntry.deleteMany({})).rejects.toThrow();
  });
});
