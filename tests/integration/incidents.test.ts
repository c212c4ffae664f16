// Incidents (issue 18): one event, several concerns. Each team groups the cases it holds; a team sees an
// incident only through a case it already reaches, and of the rest only two counts and who to ask.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import {
  ALREADY_IN_INCIDENT,
  groupCaseAsNewIncident,
  groupCaseIntoIncident,
  takeCaseOutOfIncident,
} from '@/lib/incidents/group-case';
import { readCaseIncident, readIncident } from '@/lib/incidents/read-incident';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';
import { makeStaff } from '../support/case-staff';

let partnershipId: string;
let schoolA: string;
let schoolB: string;
let dslA: SessionUser;
let dslB: SessionUser;
let frontDoor: SessionUser;
let southDsl: SessionUser;
let southFrontDoor: SessionUser;

const caseAt = (schoolId: string, extra: Record<string, unknown> = {}) =>
  makeConcern({ partnershipId, schoolId, route: 'SCHOOL', ...extra });
const version = async (id: string) =>
  (await getDb().concern.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

beforeEach(async () => {
  const p = await makePartnership({ frontDoorEmail: 'mash@council.example' });
  partnershipId = p.id;
  schoolA = (await makeSchool(p.id)).id;
  schoolB = (await makeSchool(p.id)).id;
  dslA = await makeStaff(p.id, [{ role: 'DSL', schoolId: schoolA }], 'Ada');
  dslB = await makeStaff(p.id, [{ role: 'DSL', schoolId: schoolB }], 'Bea');
  frontDoor = await makeStaff(p.id, [{ role: 'FRONT_DOOR' }], 'Fran');
  const south = await makePartnership();
  southDsl = await makeStaff(south.id, [{ role: 'DSL', schoolId: (await makeSchool(south.id)).id }], 'Sam');
  southFrontDoor = await makeStaff(south.id, [{ role: 'FRONT_DOOR' }], 'Sol');
});

describe('incidents', () => {
  it('groups a school’s cases into one event, with a chronology entry on each and the title encrypted', async () => {
    const [one, two] = [await caseAt(schoolA), await caseAt(schoolA)];
    const { incidentId } = await groupCaseAsNewIncident(dslA, {
      reference: one.reference,
      version: 0,
      incidentTitle: 'Year 6 group chat on Discord',
    });
    await groupCaseIntoIncident(dslA, { reference: two.reference, version: 0, incidentId });

    const view = await readIncident(dslA, incidentId);
    expect(view?.title).toBe('Year 6 group chat on Discord');
    expect(view?.cases.map((c) => c.reference).sort()).toEqual([one.reference, two.reference].sort());
    expect(view?.elsewhere).toEqual({ concerns: 0, schools: 0 });
    const events = await getDb().concernEvent.findMany({ where: { kind: 'INCIDENT_JOINED' } });
    expect(events.map((e) => e.concernId).sort()).toEqual([one.id, two.id].sort());
    const [raw] = await getDb().$queryRaw<{ title: string }[]>`
      SELECT title FROM "Incident" WHERE id = ${incidentId}::uuid`;
    expect(raw?.title).toMatch(/^enc:/);
    // A case in one event is not put in a second without being taken out first.
    await expect(
      groupCaseAsNewIncident(dslA, {
        reference: one.reference,
        version: await version(one.id),
        incidentTitle: 'x',
      }),
    ).rejects.toThrow(ALREADY_IN_INCIDENT);
  });

  it('shows another school only counts, and the front door’s address, never a reference or title of theirs', async () => {
    // The front door sees both cases (escalated to it) and groups them; each school sees only its own.
    const atA = await caseAt(schoolA, { escalatedAt: new Date() });
    const atB = await caseAt(schoolB, { escalatedAt: new Date() });
    const { incidentId } = await groupCaseAsNewIncident(frontDoor, {
      reference: atA.reference,
      version: 0,
      incidentTitle: 'One stranger, two schools',
    });
    await groupCaseIntoIncident(frontDoor, { reference: atB.reference, version: 0, incidentId });

    const forA = await readIncident(dslA, incidentId);
    expect(forA?.cases.map((c) => c.reference)).toEqual([atA.reference]);
    expect(forA?.elsewhere).toEqual({ concerns: 1, schools: 1 });
    expect(forA?.frontDoorEmail).toBe('mash@council.example');
    expect(JSON.stringify(forA)).not.toContain(atB.reference);
    const onCase = await readCaseIncident(dslA, atA.reference);
    expect(onCase?.grouped).toMatchObject({
      id: incidentId,
      cases: 1,
      elsewhere: { concerns: 1, schools: 1 },
    });
    expect((await readIncident(frontDoor, incidentId))?.cases).toHaveLength(2);
  });

  it('is not found to anyone who reaches none of its cases, and cannot be joined from outside', async () => {
    const atA = await caseAt(schoolA);
    const atB = await caseAt(schoolB);
    const { incidentId } = await groupCaseAsNewIncident(dslA, {
      reference: atA.reference,
      version: 0,
      incidentTitle: 'Only school A knows',
    });
    for (const outsider of [dslB, frontDoor, southDsl, southFrontDoor]) {
      expect(await readIncident(outsider, incidentId)).toBeNull();
    }
    // School B's DSL cannot add its case to A's incident by posting its id: "not found", nothing changes.
    await expect(
      groupCaseIntoIncident(dslB, { reference: atB.reference, version: 0, incidentId }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await getDb().concern.findUniqueOrThrow({ where: { id: atB.id } })).incidentId).toBeNull();
    // Nor can anyone group a case they do not reach.
    await expect(
      groupCaseIntoIncident(dslB, { reference: atA.reference, version: 1, incidentId }),
    ).rejects.toBeInstanceOf(NotFoundError);
    // And B's case page offers no incident of A's to join.
    expect((await readCaseIncident(dslB, atB.reference))?.choices).toEqual([]);
    expect((await readCaseIncident(dslA, (await caseAt(schoolA)).reference))?.choices).toEqual([
      { id: incidentId, title: 'Only school A knows', cases: 1 },
    ]);
  });

  it('takes a case out, keeping the incident and its other cases', async () => {
    const [one, two] = [await caseAt(schoolA), await caseAt(schoolA)];
    const { incidentId } = await groupCaseAsNewIncident(dslA, {
      reference: one.reference,
      version: 0,
      incidentTitle: 'Event',
    });
    await groupCaseIntoIncident(dslA, { reference: two.reference, version: 0, incidentId });
    await takeCaseOutOfIncident(dslA, { reference: one.reference, version: await version(one.id) });
    expect((await readIncident(dslA, incidentId))?.cases.map((c) => c.reference)).toEqual([two.reference]);
    expect(await getDb().concernEvent.count({ where: { concernId: one.id, kind: 'INCIDENT_LEFT' } })).toBe(1);
  });
});
