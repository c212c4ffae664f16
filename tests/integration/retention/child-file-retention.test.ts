// Retention follows the child (issue 18): a child's file goes as one, and a hold on any of its cases
// holds every one of them.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { backfillBirthYears } from '@/lib/children/backfill-birth-years';
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
  dateOfBirth?: string,
  /** Written as a record made before the plain birth year existed: the date sealed, the year empty. */
  old = false,
): Promise<string[]> {
  const school = await makeSchool(partnershipId);
  const child = await db.childRecord.create({
    data: {
      partnershipId,
      schoolId: school.id,
      name: 'A',
      yearGroup: 3,
      nameKey: 'test',
      ...(dateOfBirth ? { dateOfBirth, birthYear: old ? null : Number(dateOfBirth.slice(0, 4)) } : {}),
    },
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

  it('keeps a child’s file until the year they turn 25 when their date of birth is known', async () => {
    const { id: partnershipId } = await makePartnership();
    // Closed in 2019 and due by the policy's rule in 2026; but the child was born in 2005, so is 25 in 2030.
    const ids = await childWithCases(partnershipId, [{ closedAt: new Date('2019-02-01') }], '2005-06-15');
    await runRetention(db, new Date('2026-05-01T02:00:00Z'));
    expect(await left(ids)).toBe(1);
    await runRetention(db, new Date('2030-12-30T02:00:00Z'));
    expect(await left(ids)).toBe(1);
    await runRetention(db, new Date('2031-01-02T02:00:00Z'));
    expect(await left(ids)).toBe(0);
  });

  it('lets a file go when the child is 25, even when the policy’s rule would keep it longer', async () => {
    const { id: partnershipId } = await makePartnership();
    // Born 1999: 25 in 2024. Closed in 2019, so the policy's rule alone would keep it until 2026.
    const ids = await childWithCases(partnershipId, [{ closedAt: new Date('2019-02-01') }], '1999-01-20');
    await runRetention(db, new Date('2025-03-10T02:00:00Z'));
    expect(await left(ids)).toBe(0);
  });

  it('fills in the birth year of an older record from its sealed date of birth, then keeps the file until 25', async () => {
    const { id: partnershipId } = await makePartnership();
    const ids = await childWithCases(
      partnershipId,
      [{ closedAt: new Date('2019-02-01') }],
      '2005-06-15',
      true,
    );
    const [record] = await db.childRecord.findMany({ where: { partnershipId } });
    const raw = async () =>
      (
        await db.$queryRaw<{ dateOfBirth: string; birthYear: number | null }[]>`
          SELECT "dateOfBirth", "birthYear" FROM "ChildRecord" WHERE id = ${record!.id}::uuid`
      )[0]!;
    // As an old record was written: the date is ciphertext, the year is empty.
    expect((await raw()).dateOfBirth).toMatch(/^enc:/);
    expect((await raw()).birthYear).toBeNull();
    // A record whose date does not read as one is passed over, not stuck on (written as the app never would).
    const school = await makeSchool(partnershipId);
    const odd = await db.childRecord.create({
      data: { partnershipId, schoolId: school.id, name: 'B', nameKey: 'test', dateOfBirth: 'not a date' },
    });

    expect(await backfillBirthYears(db)).toBeGreaterThanOrEqual(1);
    expect((await raw()).birthYear).toBe(2005);
    expect((await raw()).dateOfBirth).toMatch(/^enc:/);
    expect((await db.childRecord.findUniqueOrThrow({ where: { id: odd.id } })).birthYear).toBeNull();
    // Idempotent: a second run finds nothing of this partnership's to fill in and changes nothing.
    await backfillBirthYears(db);
    expect((await raw()).birthYear).toBe(2005);

    // Without the year the policy's rule would have deleted it in 2026; now it follows the child (25 in 2030).
    await runRetention(db, new Date('2026-05-01T02:00:00Z'));
    expect(await left(ids)).toBe(1);
    await runRetention(db, new Date('2031-01-02T02:00:00Z'));
    expect(await left(ids)).toBe(0);
  });

  it('without the backfill, an older record falls back to the policy’s rule (what the backfill fixes)', async () => {
    const { id: partnershipId } = await makePartnership();
    const ids = await childWithCases(
      partnershipId,
      [{ closedAt: new Date('2019-02-01') }],
      '2005-06-15',
      true,
    );
    await runRetention(db, new Date('2026-05-01T02:00:00Z'));
    expect(await left(ids)).toBe(0);
  });
});
