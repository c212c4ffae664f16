// Retention follows the child (issue 18): a child's file goes as one, and a hold on any of its cases
// holds every one of them.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { runRetention } from '@/lib/retention/run-retention';
import { makePartnership, makeSchool } from '../../support/factories';
import { makeFullConcern, makeReferenceData } from './retention-fixtures';

const db = getDb();
const NOW = new Date('2026-03-10T02:00:00Z');
let refs: Awaited<ReturnType<typeof makeReferenceData>>;

beforeAll(async () => {
  refs = await makeReferenceData();
});

async function childWithCases(
  partnershipId: string,
  cases: { closedAt: Date; legalHold?: boolean }[],
): Promise<string[]> {
  const school = await makeSchool(partnershipId);
  const child = await db.childRecord.create({
    data: { partnershipId, schoolId: school.id, name: 'A', yearGroup: 3, nameKey: 'test' },
  });
  const ids: string[] = [];
  for (const c of cases) {
    const concern = await makeFullConcern(refs, {
      partnershipId,
      schoolId: school.id,
      route: 'SCHOOL',
      childAge: null,
      submittedAt: new Date('2018-01-01'),
      closedAt: c.closedAt,
      legalHold: c.legalHold ?? false,
      childRecordId: child.id,
    });
    ids.push(concern.id);
  }
  return ids;
}

const left = (ids: string[]) => db.concern.count({ where: { id: { in: ids } } });

describe('retention of a child’s file', () => {
  it('keeps every case of a child until the last of them is due', async () => {
    const { id: partnershipId } = await makePartnership();
    // Closed February 2019 (due February 2026) and April 2019 (due April 2026): neither goes yet.
    const ids = await childWithCases(partnershipId, [
      { closedAt: new Date('2019-02-01') },
      { closedAt: new Date('2019-04-01') },
    ]);
    await runRetention(db, NOW);
    expect(await left(ids)).toBe(2);
    await runRetention(db, new Date('2026-05-01T02:00:00Z'));
    expect(await left(ids)).toBe(0);
    // The record itself goes with its last case: it names the child and nothing is left to keep it for.
    expect(await db.childRecord.count({ where: { partnershipId } })).toBe(0);
  });

  it('holds the whole file when any one of its cases is under a legal hold', async () => {
    const { id: partnershipId } = await makePartnership();
    const ids = await childWithCases(partnershipId, [
      { closedAt: new Date('2019-01-01') },
      { closedAt: new Date('2019-01-01'), legalHold: true },
    ]);
    await runRetention(db, NOW);
    expect(await left(ids)).toBe(2);
  });
});
