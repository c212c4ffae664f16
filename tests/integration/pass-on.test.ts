// Issue 17: a DSL passes on a concern for a child who is not at their school, to another school on the
// service or to the front door. One transaction; the sending team keeps one line and nothing else.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { passOnSchema, TO_FRONT_DOOR } from '@/lib/cases/case-form-schemas';
import { caseScopeWhere } from '@/lib/cases/case-scope';
import { STALE_CASE_MESSAGE } from '@/lib/cases/change-case';
import { listCases } from '@/lib/cases/list-cases';
import { listPassedOnCases } from '@/lib/cases/list-passed-on-cases';
import { passOnCase } from '@/lib/cases/pass-on-case';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { linkCaseToNewChild } from '@/lib/children/link-case-to-child';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { escalateUnopenedConcerns } from '@/lib/escalation/escalate-unopened-concerns';
import { getConcernForReporter } from '@/lib/follow-up/get-concern-for-reporter';
import { replyToTeam } from '@/lib/follow-up/reply-to-team';
import { REPORTER_WROTE_KIND } from '@/lib/notifications/notify-team-of-reporter-write';
import { proofFromFollowUp } from '@/lib/reporting/proof-of-sending';
import { makeStaff } from '../support/case-staff';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';
import { onTable, outline, statementsSent } from '../support/statements-sent';

const db = getDb();
const MIN = 60_000;
const NOTE_STATEMENTS = 7;
// 11, and one more since a case whose file is being transferred cannot be passed on (lib/transfers/);
// 17 since the case is re-sealed under the new partnership's keys (one look for the tables holding its
// values, then a locked read and a write for each: here the concern and its move; reseal-concern.ts).
const PASS_ON_STATEMENTS = 17;
let north: { id: string; name: string };
let south: { id: string; name: string };
let schools: Record<'wrong' | 'right' | 'closed' | 'southern', { id: string; name: string }>;
let staff: Record<'dslWrong' | 'dslRight' | 'frontDoor' | 'dslSouth' | 'frontDoorSouth', SessionUser>;
let concern: { id: string; reference: string };
let urns = 990000;
const school = (partnershipId: string, name: string, active = true) =>
  makeSchool(partnershipId, { name, active, urn: (urns += 1) });

beforeEach(async () => {
  north = await makePartnership({ name: 'Northshire', frontDoorEmail: 'mash@north.example' });
  south = await makePartnership({ name: 'Southvale', frontDoorEmail: 'mash@south.example' });
  schools = {
    wrong: await school(north.id, 'Wrong Primary'),
    right: await school(north.id, 'Right Primary'),
    closed: await school(north.id, 'Closed Primary', false),
    southern: await school(south.id, 'Southern Academy'),
  };
  staff = {
    dslWrong: await makeStaff(north.id, [{ role: 'DSL', schoolId: schools.wrong.id }], 'Wendy Wrong'),
    dslRight: await makeStaff(north.id, [{ role: 'DSL', schoolId: schools.right.id }], 'Rita Right'),
    frontDoor: await makeStaff(north.id, [{ role: 'FRONT_DOOR' }], 'Frank Door'),
    dslSouth: await makeStaff(south.id, [{ role: 'DSL', schoolId: schools.southern.id }], 'Sam South'),
    frontDoorSouth: await makeStaff(south.id, [{ role: 'FRONT_DOOR' }], 'Fay South'),
  };
  concern = await makeConcern({
    partnershipId: north.id,
    schoolId: schools.wrong.id,
    route: 'SCHOOL',
    urgent: true,
    submittedAt: new Date(Date.now() - 3 * 60 * MIN),
  });
});

const row = () => db.concern.findUniqueOrThrow({ where: { id: concern.id } });
const movesOf = () => db.concernMove.findMany({ where: { concernId: concern.id } });
const passOn = (user: SessionUser, input: Partial<ReturnType<typeof toSchool>> = {}) =>
  passOnCase(user, { ...toSchool(schools.right.id), ...input });
function toSchool(schoolId: string) {
  return {
    reference: concern.reference,
    version: 0,
    to: schoolId,
    reason: 'The child left us in July; her brother is at Right Primary.',
  };
}
const emails = (kind: string) =>
  db.outboxEmail.findMany({ where: { concernId: concern.id, kind }, orderBy: { toAddress: 'asc' } });

describe('passing a concern on to another school', () => {
  it('moves it in one step: the new team has it, the sender gets "not found", chronology and audit say so', async () => {
    await passOn(staff.dslWrong);
    const moved = await row();
    expect(moved).toMatchObject({
      schoolId: schools.right.id,
      route: 'SCHOOL',
      version: 1,
      passedOnCount: 1,
    });
    expect(moved.firstOpenedAt).toBeNull();
    await expect(readCaseRecord(staff.dslWrong, concern.reference, 'view')).resolves.toBeNull();
    await expect(passOn(staff.dslWrong, { version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await readCaseRecord(staff.dslRight, concern.reference, 'view'))?.reference).toBe(
      concern.reference,
    );

    const [event] = await db.concernEvent.findMany({ where: { concernId: concern.id, kind: 'PASSED_ON' } });
    expect(event).toMatchObject({ actorId: staff.dslWrong.id, summary: 'Passed on to Right Primary.' });
    const [audit] = await db.auditEntry.findMany({
      where: { concernId: concern.id, action: 'concern.pass-on' },
    });
    expect(audit?.detail).toMatchObject({ fromSchoolId: schools.wrong.id, toSchoolId: schools.right.id });
    expect(JSON.stringify(audit?.detail)).not.toContain('July');
    const [move] = await movesOf();
    expect(move).toMatchObject({
      fromSchoolId: schools.wrong.id,
      toSchoolId: schools.right.id,
      byId: staff.dslWrong.id,
    });
  });

  it('costs about what a case change costs: statements counted against a note on another case', async () => {
    const other = await makeConcern({ partnershipId: north.id, schoolId: schools.wrong.id, route: 'SCHOOL' });
    const note = await statementsSent(() =>
      addCaseNote(staff.dslWrong, { reference: other.reference, version: 0, note: 'Called the parent.' }),
    );
    // The most a move does: to another partnership's school, whose team is alerted, and every protected
    // value of the case re-sealed under that partnership's keys (made once, before, for its first row).
    await db.$encryptionKeys([south.id]);
    const move = await statementsSent(() => passOn(staff.dslWrong, { to: schools.southern.id }));
    // Pinned (docs/performance.md, "Passing a case on"): a statement more is a regression.
    expect(outline(note.sent)).toHaveLength(NOTE_STATEMENTS);
    expect(outline(move.sent)).toHaveLength(PASS_ON_STATEMENTS);
    expect(onTable(move.sent, 'INSERT', 'OutboxEmail')).toBe(1);
  });

  it('notifies the new team as for a new concern (urgent stays urgent), and only them', async () => {
    await passOn(staff.dslWrong);
    const notified = await emails('concern.new');
    expect(notified.map((e) => e.toAddress)).toEqual([staff.dslRight.email]);
    expect(notified[0]?.subject).toBe(
      `URGENT: A new safeguarding concern for Right Primary — sign in to view it (reference ${concern.reference})`,
    );
    expect(notified[0]?.textBody).not.toContain('July');
  });

  it('gives the sending team one line: reference, where to, when, by whom and why', async () => {
    await passOn(staff.dslWrong);
    const [line] = await listPassedOnCases(staff.dslWrong);
    expect(line).toMatchObject({
      reference: concern.reference,
      to: 'Right Primary',
      by: 'Wendy Wrong',
      reason: 'The child left us in July; her brother is at Right Primary.',
    });
    expect(await listPassedOnCases(staff.dslRight)).toEqual([]);
    expect(await listPassedOnCases(staff.dslSouth)).toEqual([]);
  });

  it('makes a concern moved to another partnership’s school that partnership’s, keeping the site it came from', async () => {
    await passOn(staff.dslWrong, { to: schools.southern.id });
    expect(await row()).toMatchObject({
      partnershipId: south.id,
      reportedViaPartnershipId: north.id,
      schoolId: schools.southern.id,
    });
    expect(await readCaseRecord(staff.dslSouth, concern.reference, 'view')).not.toBeNull();
    await expect(readCaseRecord(staff.frontDoor, concern.reference, 'view')).resolves.toBeNull();
    const [move] = await movesOf();
    expect(move).toMatchObject({ fromPartnershipId: north.id, toPartnershipId: south.id });
    // Passed back to the site's own partnership, it no longer counts as "reported elsewhere".
    await passOnCase(staff.dslSouth, { ...toSchool(schools.right.id), version: 1 });
    expect(await row()).toMatchObject({ partnershipId: north.id, reportedViaPartnershipId: null });
  });

  it('goes to the front door of the school’s partnership when the school has no active lead', async () => {
    const leaderless = await school(south.id, 'Leaderless School');
    await passOn(staff.dslWrong, { to: leaderless.id });
    expect(await row()).toMatchObject({ partnershipId: south.id, route: 'FRONT_DOOR' });
    expect(await readCaseRecord(staff.frontDoorSouth, concern.reference, 'view')).not.toBeNull();
    expect((await emails('concern.new')).map((e) => e.toAddress)).toEqual(
      ['mash@south.example', staff.frontDoorSouth.email].sort(),
    );
  });
});

describe('what stays with the sending school', () => {
  it('its child record: the moved case is unlinked from it, in the same step, and its page no longer lists it', async () => {
    const { childId } = await linkCaseToNewChild(staff.dslWrong, {
      reference: concern.reference,
      version: 0,
      childName: 'Amira',
      yearGroup: 4,
      dateOfBirth: undefined,
      newChildReason: 'First report about her',
    });
    await passOn(staff.dslWrong, { version: 1 });
    expect((await row()).childRecordId).toBeNull();
    expect(await db.concern.count({ where: { childRecordId: childId } })).toBe(0);
    const [moved] = await db.concernEvent.findMany({ where: { concernId: concern.id, kind: 'PASSED_ON' } });
    expect(moved?.detail).toMatchObject({ unlinkedFromChild: true });
  });

  it('the stranger’s account names move to the new partnership, so patterns are matched there, not here', async () => {
    const platform = await db.platform.create({
      data: { slug: 'discord-move-test', name: 'Discord (move test)' },
    });
    await db.concernAccountIdentifier.create({
      data: {
        concernId: concern.id,
        partnershipId: north.id,
        platformId: platform.id,
        identifier: 'coolkid99',
        identifierHash: 'h-test-1',
      },
    });
    await passOn(staff.dslWrong, { to: schools.southern.id });
    const ids = await db.concernAccountIdentifier.findMany({ where: { concernId: concern.id } });
    expect(ids.map((i) => i.partnershipId)).toEqual([south.id]);
  });
});

describe('the front door', () => {
  it('receives a concern a school passes to it, and routes an unrouted one to a school the same way', async () => {
    await passOnCase(staff.dslWrong, { ...toSchool(TO_FRONT_DOOR) });
    expect(await row()).toMatchObject({ route: 'FRONT_DOOR', schoolId: null, partnershipId: north.id });
    await expect(readCaseRecord(staff.dslWrong, concern.reference, 'view')).resolves.toBeNull();
    expect(await readCaseRecord(staff.frontDoor, concern.reference, 'view')).not.toBeNull();
    expect((await listPassedOnCases(staff.dslWrong))[0]?.to).toBe('Northshire front door');

    await passOnCase(staff.frontDoor, { ...toSchool(schools.right.id), version: 1 });
    expect(await row()).toMatchObject({ route: 'SCHOOL', schoolId: schools.right.id, passedOnCount: 2 });
    const [, fromFrontDoor] = await db.concernMove.findMany({
      where: { concernId: concern.id },
      orderBy: { at: 'asc' },
    });
    expect(fromFrontDoor).toMatchObject({ fromSchoolId: null, byId: staff.frontDoor.id });
    expect((await listPassedOnCases(staff.frontDoor))[0]?.to).toBe('Right Primary');
  });

  it('routes a case back to its own school once that school has a lead, and not before', async () => {
    // Sent while the school had no safeguarding lead on the service: the front door has it.
    const noLead = await school(north.id, 'New Lead Primary');
    const waiting = await makeConcern({ partnershipId: north.id, schoolId: noLead.id, route: 'FRONT_DOOR' });
    const back = { reference: waiting.reference, version: 0, to: noLead.id, reason: 'They have a DSL now.' };
    // No lead yet: it would only come back to the front door.
    await expect(passOnCase(staff.frontDoor, back)).rejects.toThrow(/no safeguarding lead/);
    expect(await db.concern.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      route: 'FRONT_DOOR',
      version: 0,
      passedOnCount: 0,
    });

    const lead = await makeStaff(north.id, [{ role: 'DSL', schoolId: noLead.id }], 'Nia Lead');
    await passOnCase(staff.frontDoor, back);
    expect(await db.concern.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      route: 'SCHOOL',
      schoolId: noLead.id,
      passedOnCount: 1,
    });
    expect(await readCaseRecord(lead, waiting.reference, 'view')).not.toBeNull();
    // With its school now, it cannot be passed to that school again.
    await expect(passOnCase(lead, { ...back, version: 1 })).rejects.toThrow(/already with that school/);
  });
});

describe('no endless bouncing', () => {
  it('after two moves, emails the front door (no content) and puts the concern in its list', async () => {
    await passOn(staff.dslWrong);
    expect(await emails('concern.passed-on-often')).toEqual([]);
    await passOnCase(staff.dslRight, { ...toSchool(schools.wrong.id), version: 1 });
    const told = await emails('concern.passed-on-often');
    expect(told.map((e) => e.toAddress).sort()).toEqual(['mash@north.example', staff.frontDoor.email].sort());
    expect(told[0]?.textBody).toContain(concern.reference);
    expect(told[0]?.textBody).not.toContain('July');
    expect(await readCaseRecord(staff.frontDoor, concern.reference, 'view')).not.toBeNull();
    const inScope = await db.concern.count({
      where: { AND: [caseScopeWhere(staff.frontDoor)!, { id: concern.id }] },
    });
    expect(inScope).toBe(1);
    const listed = (await listCases(staff.frontDoor, {}))?.rows.find(
      (r) => r.reference === concern.reference,
    );
    expect(listed?.passedOnCount).toBe(2);
  });
});

describe('the escalation clock', () => {
  it('starts again from the move: an urgent concern waited 3 hours elsewhere is not escalated at once', async () => {
    const before = Date.now();
    await passOn(staff.dslWrong);
    expect((await row()).receivedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(await escalateUnopenedConcerns(db, new Date(Date.now() + 30 * MIN))).not.toContain(
      concern.reference,
    );
    expect(await escalateUnopenedConcerns(db, new Date(Date.now() + 61 * MIN))).toContain(concern.reference);
  });
});

describe('the parent', () => {
  it('is told in plain words the report was passed on, sees the school they chose, and writes to the new team', async () => {
    await passOn(staff.dslWrong, { to: schools.southern.id });
    const seen = await getConcernForReporter(concern.id);
    expect(seen?.passedOn).toBe(true);
    expect(seen?.report.find((r) => r.key === 'School')?.value).toBe('Wrong Primary');
    expect(JSON.stringify(seen)).not.toContain('Southern');
    expect(JSON.stringify(seen)).not.toContain('Wendy');
    const proof = await proofFromFollowUp(concern.id);
    expect(proof?.sentTo).toBe('Wrong Primary');
    await replyToTeam(concern.id, { text: 'Any news?', sendKey: randomUUID() });
    const told = await db.outboxEmail.findMany({
      where: { concernId: concern.id, kind: REPORTER_WROTE_KIND },
    });
    expect(told.map((e) => e.toAddress)).toEqual([staff.dslSouth.email]);
  });
});

describe('refused, with nothing changed', () => {
  async function expectRefused(attempt: Promise<unknown>, message: string | RegExp) {
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toMatch(message);
    expect(await row()).toMatchObject({ schoolId: schools.wrong.id, version: 0, passedOnCount: 0 });
    expect(await movesOf()).toEqual([]);
    expect(await db.outboxEmail.count({ where: { concernId: concern.id } })).toBe(0);
  }

  it('an inactive school', () =>
    expectRefused(passOn(staff.dslWrong, { to: schools.closed.id }), /no longer/));
  it('the school it is already at', () =>
    expectRefused(passOn(staff.dslWrong, { to: schools.wrong.id }), /already with that school/));
  it('a forged or unknown school id', () =>
    expectRefused(passOn(staff.dslWrong, { to: randomUUID() }), 'Select a school from the list'));
  it('a stale version', () => expectRefused(passOn(staff.dslWrong, { version: 3 }), STALE_CASE_MESSAGE));
  it('a closed case', async () => {
    await db.concern.update({ where: { id: concern.id }, data: { status: 'CLOSED' } });
    const error = await passOn(staff.dslWrong).catch((e: unknown) => e);
    expect((error as Error).message).toBe('A closed case cannot be passed on');
    expect(await movesOf()).toEqual([]);
  });
  it('a concern the actor may not touch: "not found"', async () => {
    for (const outsider of [staff.dslRight, staff.dslSouth, staff.frontDoorSouth, staff.frontDoor]) {
      await expect(passOn(outsider)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await row()).toMatchObject({ schoolId: schools.wrong.id, version: 0 });
    expect(await movesOf()).toEqual([]);
  });
  it('no reason, or one too long, or no school chosen: the form says so', () => {
    const base = {
      reference: concern.reference,
      version: '0',
      to: schools.right.id,
    };
    const errors = (input: object) => passOnSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(errors({ ...base, reason: '  ' })).toEqual(['Enter why you are passing it on']);
    expect(errors({ ...base, reason: 'x'.repeat(501) })).toEqual([
      'The reason must be 500 characters or fewer',
    ]);
    for (const to of ['not-a-uuid', '', undefined]) {
      expect(errors({ ...base, reason: 'ok', to })).toEqual(['Select a school or the front-door team']);
    }
    expect(errors({ ...base, reason: 'ok', to: TO_FRONT_DOOR })).toBeUndefined();
  });
});
