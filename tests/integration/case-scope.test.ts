import { beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '@/lib/errors';
import { getDb } from '@/lib/db';
import { caseScopeParts, caseScopeWhere } from '@/lib/cases/case-scope';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { listCases } from '@/lib/cases/list-cases';
import { addCaseNote } from '@/lib/cases/add-case-note';
import type { SessionUser } from '@/lib/auth/session';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';
import { makeStaff } from '../support/case-staff';

let schoolA: string;
let schoolB: string;
let partnershipId: string;
let caseA: { id: string; reference: string };
let caseB: { id: string; reference: string };
let unrouted: { id: string; reference: string };
let escalated: { id: string; reference: string };
let otherPartnershipUnrouted: { id: string; reference: string };
const staff: Record<string, SessionUser> = {};

beforeAll(async () => {
  const p = await makePartnership();
  const other = await makePartnership();
  schoolA = (await makeSchool(p.id)).id;
  schoolB = (await makeSchool(p.id)).id;
  partnershipId = p.id;
  caseA = await makeConcern({ partnershipId: p.id, schoolId: schoolA, route: 'SCHOOL' });
  caseB = await makeConcern({ partnershipId: p.id, schoolId: schoolB, route: 'SCHOOL' });
  unrouted = await makeConcern({ partnershipId: p.id, route: 'FRONT_DOOR' });
  escalated = await makeConcern({
    partnershipId: p.id,
    schoolId: schoolB,
    route: 'SCHOOL',
    escalatedAt: new Date(),
  });
  otherPartnershipUnrouted = await makeConcern({ partnershipId: other.id, route: 'FRONT_DOOR' });
  staff.dslA = await makeStaff(p.id, [{ role: 'DSL', schoolId: schoolA }]);
  staff.deputyA = await makeStaff(p.id, [{ role: 'DEPUTY_DSL', schoolId: schoolA }]);
  staff.frontDoor = await makeStaff(p.id, [{ role: 'FRONT_DOOR' }]);
  staff.partnership = await makeStaff(p.id, [{ role: 'PARTNERSHIP_STAFF' }]);
  staff.admin = await makeStaff(p.id, [{ role: 'ADMIN' }]);
  staff.dpo = await makeStaff(p.id, [{ role: 'DPO' }]);
});

async function visible(user: SessionUser): Promise<string[]> {
  const list = await listCases(user, {});
  return (list?.rows ?? []).map((r) => r.reference).sort();
}

describe('who may see which case', () => {
  it('splits a reach into parts the case list reads one index each for, covering exactly the scope', async () => {
    const dslOfTwo = await makeStaff(partnershipId, [
      { role: 'DSL', schoolId: schoolA },
      { role: 'DEPUTY_DSL', schoolId: schoolB },
    ]);
    const frontDoor = staff.frontDoor as SessionUser;
    const both = await makeStaff(partnershipId, [{ role: 'DSL', schoolId: schoolA }, { role: 'FRONT_DOOR' }]);
    for (const user of [dslOfTwo, frontDoor, both]) {
      const parts = caseScopeParts(user)!;
      const ids = async (where: object) =>
        (await getDb().concern.findMany({ where, select: { id: true } })).map((c) => c.id).sort();
      const perPart = (await Promise.all(parts.map(ids))).flat();
      expect([...new Set(perPart)].sort()).toEqual(await ids(caseScopeWhere(user)!));
    }
    expect(caseScopeParts(dslOfTwo)).toHaveLength(2);
    // The front door's own concerns, those escalated from schools, and schools' concerns passed on twice
    // or more and not escalated (issue 17): no case in two.
    expect(caseScopeParts(frontDoor)).toHaveLength(3);
    expect(caseScopeParts(staff.partnership as SessionUser)).toBeNull();
  });

  it('gives a DSL and a deputy their own school’s case and nothing else', async () => {
    for (const user of [staff.dslA, staff.deputyA] as SessionUser[]) {
      expect(await visible(user)).toEqual([caseA.reference]);
      expect(await readCaseRecord(user, caseA.reference, 'view')).not.toBeNull();
    }
  });

  it('answers "not found" to a DSL asking for another school’s case by reference or id, and writes nothing to the case', async () => {
    const dsl = staff.dslA as SessionUser;
    expect(await readCaseRecord(dsl, caseB.reference, 'view')).toBeNull();
    expect(await readCaseRecord(dsl, caseB.id, 'pdf')).toBeNull();
    expect(await readCaseRecord(dsl, caseB.reference.toLowerCase(), 'print')).toBeNull();
    await expect(
      addCaseNote(dsl, { reference: caseB.reference, version: 0, note: 'x' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const db = getDb();
    expect(await db.auditEntry.count({ where: { concernId: caseB.id } })).toBe(0);
    expect(await db.concernEvent.count({ where: { concernId: caseB.id } })).toBe(0);
    expect((await db.concern.findUniqueOrThrow({ where: { id: caseB.id } })).firstOpenedAt).toBeNull();
  });

  it('gives the front door the unrouted and escalated concerns of its own partnership only', async () => {
    expect(await visible(staff.frontDoor as SessionUser)).toEqual(
      [escalated.reference, unrouted.reference].sort(),
    );
    expect(await readCaseRecord(staff.frontDoor as SessionUser, caseA.reference, 'view')).toBeNull();
    expect(
      await readCaseRecord(staff.frontDoor as SessionUser, otherPartnershipUnrouted.reference, 'view'),
    ).toBeNull();
  });

  it('gives partnership staff, administrators and the DPO no case at all, without querying', async () => {
    for (const name of ['partnership', 'admin', 'dpo']) {
      const user = staff[name] as SessionUser;
      expect(caseScopeWhere(user)).toBeNull();
      expect(await listCases(user, {})).toBeNull();
      expect(await readCaseRecord(user, caseA.reference, 'view')).toBeNull();
    }
    expect(caseScopeWhere(null)).toBeNull();
    expect(
      await getDb().auditEntry.count({ where: { concernId: unrouted.id, actorId: staff.admin?.id } }),
    ).toBe(0);
  });
});
