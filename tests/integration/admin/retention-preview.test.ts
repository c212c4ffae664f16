import { describe, expect, it } from 'vitest';
import { previewRetention } from '@/lib/retention/preview-retention';
import { deletionDue } from '@/lib/retention/retention-policy';
import { makeConcern, makePartnership } from '../../support/factories';

const years = (n: number) => new Date(Date.now() - n * 365.25 * 86_400_000);

describe('retention preview', () => {
  it('keeps a concern until the child would be 25, or 7 years after closing when the age is unknown', () => {
    const submittedAt = new Date('2010-03-01T00:00:00Z');
    const closedAt = new Date('2010-06-01T00:00:00Z');
    expect(deletionDue({ submittedAt, closedAt, childAge: 10, childYear: null })?.toISOString()).toBe(
      '2025-03-01T00:00:00.000Z',
    );
    expect(deletionDue({ submittedAt, closedAt, childAge: null, childYear: 5 })?.toISOString()).toBe(
      '2025-03-01T00:00:00.000Z',
    );
    expect(deletionDue({ submittedAt, closedAt, childAge: null, childYear: null })?.toISOString()).toBe(
      '2017-06-01T00:00:00.000Z',
    );
    expect(deletionDue({ submittedAt, closedAt: null, childAge: 10, childYear: null })).toBeNull();
  });

  it('lists what is due in the next 30 days, apart from legal holds, and nothing that is not due', async () => {
    const { id: partnershipId } = await makePartnership();
    const due = await makeConcern({
      partnershipId,
      childAge: 17,
      submittedAt: years(8),
      closedAt: years(7.9),
    });
    const held = await makeConcern({
      partnershipId,
      childAge: 17,
      submittedAt: years(8),
      closedAt: years(7.9),
      legalHold: true,
    });
    await makeConcern({ partnershipId, childAge: 9, submittedAt: years(8), closedAt: years(7.9) });
    await makeConcern({ partnershipId, childAge: 17, submittedAt: years(8) });
    const preview = await previewRetention(partnershipId);
    expect(preview.toDelete.map((c) => c.reference)).toEqual([due.reference]);
    expect(preview.held.map((c) => c.reference)).toEqual([held.reference]);
    expect(Object.keys(preview.toDelete[0]!)).not.toContain('description');
  });
});
