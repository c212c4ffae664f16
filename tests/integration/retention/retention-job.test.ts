// The nightly deletion job against a real Postgres with an injected clock.
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { getDb } from '@/lib/db';
import { runRetention } from '@/lib/retention/run-retention';
import { makePartnership } from '../../support/factories';
import { makeFullConcern, makeReferenceData, trendTotals } from './retention-fixtures';

const db = getDb();
const NOW = new Date('2026-03-10T02:00:00Z');
let refs: Awaited<ReturnType<typeof makeReferenceData>>;

beforeAll(async () => {
  refs = await makeReferenceData();
});

async function runUntilDone(batches = {}) {
  let total = 0;
  for (let i = 0; i < 100; i++) {
    const run = await runRetention(db, NOW, batches);
    total += run.concerns;
    if (!run.more) return total;
  }
  throw new Error('retention never finished');
}

describe('the nightly retention job', () => {
  it('deletes a closed concern when the child would be 25, or 7 years after closing, and keeps the rest', async () => {
    const { id: partnershipId } = await makePartnership();
    const at = (iso: string) => new Date(iso);
    // Age 10 in March 2011: 25 in March 2026 → due 1 March 2026, before NOW.
    const ageDue = await makeFullConcern(refs, {
      partnershipId,
      childAge: 10,
      submittedAt: at('2011-03-01'),
      closedAt: at('2011-06-01'),
    });
    // Year 5 (about 10) in April 2011: due April 2026, after NOW.
    const ageNotYet = await makeFullConcern(refs, {
      partnershipId,
      childAge: null,
      childYear: 5,
      submittedAt: at('2011-04-01'),
      closedAt: at('2011-06-01'),
    });
    // Age unknown, closed February 2019: due February 2026.
    const unknownDue = await makeFullConcern(refs, {
      partnershipId,
      childAge: null,
      submittedAt: at('2018-01-01'),
      closedAt: at('2019-02-01'),
    });
    // Age unknown, closed April 2019: not yet.
    const unknownNotYet = await makeFullConcern(refs, {
      partnershipId,
      childAge: null,
      submittedAt: at('2018-01-01'),
      closedAt: at('2019-04-01'),
    });
    const held = await makeFullConcern(refs, {
      partnershipId,
      childAge: 10,
      submittedAt: at('2011-03-01'),
      closedAt: at('2011-06-01'),
      legalHold: true,
      legalHoldReason: 'Court order 12',
    });
    const open = await makeFullConcern(refs, {
      partnershipId,
      status: 'UNDER_REVIEW',
      childAge: 10,
      submittedAt: at('2011-03-01'),
    });
    const trendsBefore = await trendTotals(partnershipId);

    expect(await runUntilDone()).toBe(2);

    const left = await db.concern.findMany({ where: { partnershipId }, select: { id: true } });
    expect(left.map((c) => c.id).sort()).toEqual([ageNotYet.id, unknownNotYet.id, held.id, open.id].sort());
    for (const gone of [ageDue.id, unknownDue.id]) {
      const where = { concernId: gone };
      expect(await db.concernEvent.count({ where })).toBe(0);
      expect(await db.message.count({ where })).toBe(0);
      expect(await db.referral.count({ where })).toBe(0);
      expect(await db.outboxEmail.count({ where })).toBe(0);
      expect(await db.concernPlatform.count({ where })).toBe(0);
      expect(await db.trendMember.count({ where })).toBe(0);
    }
    expect(await trendTotals(partnershipId)).toEqual(trendsBefore);

    const records = await db.deletionRecord.findMany({
      where: { partnershipId },
      orderBy: { closedAt: 'asc' },
    });
    expect(records.map((r) => [r.reference, r.reason])).toEqual([
      [ageDue.reference, 'CHILD_AGE'],
      [unknownDue.reference, 'YEARS_AFTER_CLOSURE'],
    ]);
    expect(records[0]!.dueAt.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(records[0]!.policy).toEqual({ keepUntilChildAge: 25, yearsAfterClosure: 7 });
    expect(records[0]).toMatchObject({
      concernId: ageDue.id,
      submittedAt: at('2011-03-01'),
      closedAt: at('2011-06-01'),
      deletedAt: NOW,
    });
    expect(records[1]).toMatchObject({ concernId: unknownDue.id, dueAt: at('2026-02-01') });
    // Prisma's uuid(7), as the other tables' ids.
    expect(records.map((r) => r.id[14])).toEqual(['7', '7']);
    expect(JSON.stringify(records)).not.toContain('stranger');
    const audit = await db.auditEntry.findFirst({
      where: { action: 'retention.concerns.delete', subjectId: partnershipId },
    });
    expect(audit?.detail).toMatchObject({
      count: 2,
      references: expect.arrayContaining([ageDue.reference, unknownDue.reference]),
    });
    expect(JSON.stringify(audit?.detail)).not.toContain('stranger');
    expect((await verifyAuditChain(db)).firstBroken).toBeNull();

    // Idempotent: nothing more to do, nothing recorded twice.
    expect(await runUntilDone()).toBe(0);
    expect(await db.deletionRecord.count({ where: { partnershipId } })).toBe(2);
  });

  it('follows the partnership’s own policy', async () => {
    const { id: partnershipId } = await makePartnership();
    await db.retentionPolicy.create({ data: { partnershipId, keepUntilChildAge: 30, yearsAfterClosure: 3 } });
    const at = (iso: string) => new Date(iso);
    const kept = await makeFullConcern(refs, {
      partnershipId,
      childAge: 10,
      submittedAt: at('2011-03-01'),
      closedAt: at('2011-06-01'),
    });
    const gone = await makeFullConcern(refs, {
      partnershipId,
      childAge: null,
      submittedAt: at('2022-01-01'),
      closedAt: at('2022-06-01'),
    });
    await runUntilDone();
    expect(await db.concern.count({ where: { id: kept.id } })).toBe(1);
    expect(await db.concern.count({ where: { id: gone.id } })).toBe(0);
  });

  it('works through many due concerns in batches, and two workers at once delete each exactly once', async () => {
    const { id: partnershipId } = await makePartnership();
    const made = [];
    for (let i = 0; i < 45; i++) {
      made.push(
        await makeFullConcern(refs, {
          partnershipId,
          childAge: null,
          submittedAt: new Date('2015-01-01'),
          closedAt: new Date('2015-02-01'),
        }),
      );
    }
    const trendsBefore = await trendTotals(partnershipId);
    const [a, b] = await Promise.all([runUntilDone({ concerns: 4 }), runUntilDone({ concerns: 4 })]);
    expect(a + b).toBe(45);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(await db.concern.count({ where: { partnershipId } })).toBe(0);
    expect(await db.deletionRecord.count({ where: { partnershipId } })).toBe(45);
    expect(await trendTotals(partnershipId)).toEqual(trendsBefore);
    expect((await verifyAuditChain(db)).firstBroken).toBeNull();
  });
});
