import { describe, expect, it } from 'vitest';
import { recordAudit } from '@/lib/audit/record-audit';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { getDb } from '@/lib/db';
import { runScript } from '../../support/run-script';

async function write(action: string, detail?: Record<string, unknown>) {
  return getDb().$transaction((tx) =>
    recordAudit(tx, { actorId: null, action, subject: 'School', subjectId: 'x', detail: detail as never }),
  );
}

/** As the database superuser, with triggers off: what someone with the server's keys could do. */
async function tamper(sql: string) {
  await getDb().$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
    await tx.$executeRawUnsafe(sql);
  });
}

describe('the audit trail is tamper-evident', () => {
  it('links every entry to the one before, also when written at the same time', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => write(`school.update`, { n: i, name: 'Ünïcode “x”' })),
    );
    const entries = await getDb().auditEntry.findMany({ orderBy: { chainPosition: 'asc' } });
    expect(entries).toHaveLength(12);
    entries.forEach((e, i) => {
      expect(e.chainPosition).toBe(BigInt(i + 1));
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) expect(e.prevHash).toBe(entries[i - 1]!.hash);
    });
    const report = await verifyAuditChain(getDb());
    expect(report).toMatchObject({ checked: 12, firstBroken: null, headHash: entries[11]!.hash });
  });

  it('names the first entry changed behind the application’s back', async () => {
    const before = await getDb().auditEntry.findMany({ orderBy: { chainPosition: 'asc' } });
    const victim = before[4]!;
    await tamper(`UPDATE "AuditEntry" SET "detail" = '{"n": 99}' WHERE id = ${victim.id}`);
    const report = await verifyAuditChain(getDb());
    expect(report.firstBroken).toMatchObject({ id: victim.id, chainPosition: victim.chainPosition });
    expect(report.firstBroken?.reason).toMatch(/contents do not match/);
    expect(report.checked).toBe(4);
  });

  it('names the gap when an entry is deleted, and the command exits non-zero naming it', async () => {
    const before = await getDb().auditEntry.findMany({ orderBy: { chainPosition: 'asc' } });
    await tamper(`DELETE FROM "AuditEntry" WHERE id = ${before[1]!.id}`);
    const report = await verifyAuditChain(getDb());
    expect(report.firstBroken).toMatchObject({ id: before[2]!.id });
    expect(report.firstBroken?.reason).toMatch(/missing/);
    const run = await runScript('scripts/audit-verify.ts', {
      NODE_ENV: 'test',
      DATABASE_URL: process.env.DATABASE_URL!,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`broken at entry ${before[2]!.id}`);
  });
});
