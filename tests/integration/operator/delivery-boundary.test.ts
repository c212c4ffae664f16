import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { listDeadEmails } from '@/lib/outbox/list-dead-emails';
import { retryDeadEmail } from '@/lib/outbox/retry-dead-email';
import { makeArea, makeStaff, submitConcern } from '../../support/delivery';

/** Every email the concern queued, given up on (as the worker does after 24 hours). */
async function killEmailsOf(concernId: string) {
  await getDb().outboxEmail.updateMany({ where: { concernId }, data: { status: 'DEAD' } });
  return getDb().outboxEmail.findMany({ where: { concernId }, select: { id: true, partnershipId: true } });
}

describe("a partnership administrator's email delivery page", () => {
  it("shows and retries only the partnership's own dead email", async () => {
    const [areaA, areaB] = [await makeArea(), await makeArea()];
    const deadOfA = await killEmailsOf((await submitConcern(areaA)).id);
    const deadOfB = await killEmailsOf((await submitConcern(areaB)).id);
    expect(deadOfA.length).toBeGreaterThan(0);
    expect(deadOfA.every((e) => e.partnershipId === areaA.partnership.id)).toBe(true);
    const adminOfB = await makeStaff(areaB.partnership.id, 'ADMIN');

    const seenByB = (await listDeadEmails(areaB.partnership.id)).map((e) => e.id).sort();
    expect(seenByB).toEqual(deadOfB.map((e) => e.id).sort());

    const now = new Date();
    const crossing = { outboxId: deadOfA[0]!.id, actorId: adminOfB.id, partnershipId: areaB.partnership.id };
    expect(await retryDeadEmail({ ...crossing, now })).toBe(false);
    const untouched = await getDb().outboxEmail.findUniqueOrThrow({ where: { id: deadOfA[0]!.id } });
    expect(untouched.status).toBe('DEAD');
    expect(await getDb().auditEntry.count({ where: { action: 'email.retry' } })).toBe(0);

    const own = { outboxId: deadOfB[0]!.id, actorId: adminOfB.id, partnershipId: areaB.partnership.id };
    expect(await retryDeadEmail({ ...own, now })).toBe(true);
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { action: 'email.retry' } });
    expect(audit.partnershipId).toBe(areaB.partnership.id);
  });
});
