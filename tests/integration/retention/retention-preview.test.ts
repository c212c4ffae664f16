// What administrators are shown before anything is deleted or a policy is changed.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { previewPolicyChange, previewRetention } from '@/lib/retention/preview-retention';
import { makeConcern, makePartnership } from '../../support/factories';

const NOW = new Date('2026-03-10T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('retention preview', () => {
  it('lists what is due in the next 30 days, and held concerns apart', async () => {
    const { id: partnershipId } = await makePartnership();
    // Age 10 in March 2011 → due 1 April 2026 (within 30 days of NOW).
    const due = await makeConcern({
      partnershipId,
      status: 'CLOSED',
      childAge: 10,
      submittedAt: at('2011-04-01'),
      closedAt: at('2011-06-01'),
    });
    const held = await makeConcern({
      partnershipId,
      status: 'CLOSED',
      childAge: 10,
      submittedAt: at('2011-04-01'),
      closedAt: at('2011-06-01'),
      legalHold: true,
      legalHoldReason: 'Police request 77',
      legalHoldSince: at('2026-01-01'),
    });
    await makeConcern({
      partnershipId,
      status: 'CLOSED',
      childAge: 9,
      submittedAt: at('2011-04-01'),
      closedAt: at('2011-06-01'),
    });
    await makeConcern({ partnershipId, status: 'UNDER_REVIEW', childAge: 17, submittedAt: at('2011-04-01') });
    const preview = await previewRetention(partnershipId, NOW);
    expect(preview.toDelete.map((c) => c.reference)).toEqual([due.reference]);
    expect(preview.toDelete[0]!.dueAt.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(preview.held.map((c) => c.reference)).toEqual([held.reference]);
    expect(Object.keys(preview.toDelete[0]!)).not.toContain('description');
  });

  it('says how many concerns a policy change would delete at once and within 30 days', async () => {
    const { id: partnershipId } = await makePartnership();
    const closed = { partnershipId, status: 'CLOSED' as const, childAge: null };
    await makeConcern({ ...closed, submittedAt: at('2020-01-01'), closedAt: at('2021-01-01') }); // 5y+ ago
    await makeConcern({ ...closed, submittedAt: at('2020-01-01'), closedAt: at('2021-04-01') }); // 3 weeks short of 5y
    await makeConcern({ ...closed, submittedAt: at('2020-01-01'), closedAt: at('2021-06-01') });
    await makeConcern({
      ...closed,
      submittedAt: at('2020-01-01'),
      closedAt: at('2021-01-01'),
      legalHold: true,
    });
    const change = await previewPolicyChange(
      partnershipId,
      { keepUntilChildAge: 25, yearsAfterClosure: 5, auditYears: 7 },
      NOW,
    );
    expect(change).toEqual({ current: { now: 0, byHorizon: 0 }, proposed: { now: 1, byHorizon: 2 } });
    // Nothing is saved by previewing.
    expect(await getDb().retentionPolicy.count({ where: { partnershipId } })).toBe(0);
  });
});
