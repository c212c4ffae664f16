// Issue 17: a DSL sends a case's child protection file to the child's new school on the service. The new
// school's DSLs read it, then accept it (the case becomes theirs) or return it; the sender may cancel
// before. The 5-school-day clock reminds the sender at day 3 and tells the front door at day 5.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { loadSchoolCalendar } from '@/lib/calendar/load-school-calendars';
import { STALE_CASE_MESSAGE } from '@/lib/cases/change-case';
import { passOnCase, TRANSFER_OPEN } from '@/lib/cases/pass-on-case';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { acceptTransfer, cancelTransfer, returnTransfer } from '@/lib/transfers/answer-transfer';
import { listTransfers } from '@/lib/transfers/list-transfers';
import { readTransfer } from '@/lib/transfers/read-transfer';
import { runTransferClock } from '@/lib/transfers/run-transfer-clock';
import { ALREADY_TRANSFERRING, startTransfer } from '@/lib/transfers/start-transfer';
import { transferDeadline } from '@/lib/transfers/transfer-due-date';
import { startTransferSchema } from '@/lib/transfers/transfer-schemas';
import { makeStaff } from '../support/case-staff';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';

const db = getDb();
let north: { id: string };
let south: { id: string };
let schools: Record<'old' | 'new' | 'other' | 'closed' | 'southern', { id: string; name: string }>;
let staff: Record<
  'dslOld' | 'dslNew' | 'deputyNew' | 'dslOther' | 'dslSouth' | 'frontDoor' | 'trends',
  SessionUser
>;
let concern: { id: string; reference: string };
let urns = 980000;
const school = (partnershipId: string, name: string, active = true) =>
  makeSchool(partnershipId, { name, active, urn: (urns += 1) });

beforeEach(async () => {
  north = await makePartnership({ name: 'Northshire', frontDoorEmail: 'mash@north.example' });
  south = await makePartnership({ name: 'Southvale', frontDoorEmail: 'mash@south.example' });
  schools = {
    old: await school(north.id, 'Old Primary'),
    new: await school(north.id, 'New Primary'),
    other: await school(north.id, 'Other Primary'),
    closed: await school(north.id, 'Closed Primary', false),
    southern: await school(south.id, 'Southern Academy'),
  };
  staff = {
    dslOld: await makeStaff(north.id, [{ role: 'DSL', schoolId: schools.old.id }], 'Olive Old'),
    dslNew: await makeStaff(north.id, [{ role: 'DSL', schoolId: schools.new.id }], 'Nina New'),
    deputyNew: await makeStaff(north.id, [{ role: 'DEPUTY_DSL', schoolId: schools.new.id }], 'Dev New'),
    dslOther: await makeStaff(north.id, [{ role: 'DSL', schoolId: schools.other.id }], 'Otto Other'),
    dslSouth: await makeStaff(south.id, [{ role: 'DSL', schoolId: schools.southern.id }], 'Sam South'),
    frontDoor: await makeStaff(north.id, [{ role: 'FRONT_DOOR' }], 'Frank Door'),
    trends: await makeStaff(north.id, [{ role: 'PARTNERSHIP_STAFF' }], 'Tia Trends'),
  };
  concern = await makeConcern({ partnershipId: north.id, schoolId: schools.old.id, route: 'SCHOOL' });
});

const today = () => new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
const row = () => db.concern.findUniqueOrThrow({ where: { id: concern.id } });
const transfers = () => db.fileTransfer.findMany({ where: { concernId: concern.id } });
const send = (user: SessionUser = staff.dslOld, input: Partial<Parameters<typeof startTransfer>[1]> = {}) =>
  startTransfer(user, {
    reference: concern.reference,
    version: 0,
    to: schools.new.id,
    childStartsOn: today(),
    note: 'She starts on Monday; her mother knows.',
    ...input,
  });
const sent = async () => {
  await send();
  const [transfer] = await transfers();
  return transfer!;
};
async function refused(promise: Promise<unknown>, message: string) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  expect((error as Error).message).toBe(message);
}

describe('sending the file', () => {
  it('records the transfer, its chronology and audit entries, and emails the new school’s team, not the case', async () => {
    const transfer = await sent();
    expect(transfer).toMatchObject({
      status: 'SENT',
      fromSchoolId: schools.old.id,
      toSchoolId: schools.new.id,
      toPartnershipId: north.id,
      sentById: staff.dslOld.id,
      note: 'She starts on Monday; her mother knows.',
    });
    const calendar = await loadSchoolCalendar(db, north.id, transfer.sentAt);
    expect(transfer.dueAt).toEqual(transferDeadline(transfer, calendar));
    // Still the sender's until the new school accepts it.
    expect(await row()).toMatchObject({ schoolId: schools.old.id, version: 1 });
    const [event] = await db.concernEvent.findMany({
      where: { concernId: concern.id, kind: 'TRANSFER_SENT' },
    });
    expect(event?.summary).toBe('Child protection file sent to New Primary.');
    const [audit] = await db.auditEntry.findMany({
      where: { concernId: concern.id, action: 'concern.transfer.send' },
    });
    expect(audit?.detail).toMatchObject({ transferId: transfer.id, toSchoolId: schools.new.id });
    expect(JSON.stringify(audit?.detail)).not.toContain('Monday');
    const emails = await db.outboxEmail.findMany({ where: { kind: 'transfer.sent' } });
    expect(emails.map((e) => e.toAddress).sort()).toEqual([staff.dslNew.email, staff.deputyNew.email].sort());
    expect(emails[0]?.textBody).toContain(`/transfers/${transfer.id}`);
    expect(emails[0]?.textBody).not.toContain('Monday');
    expect(emails[0]?.textBody).not.toContain('photo');
  });

  it('keeps the note encrypted at rest', async () => {
    const transfer = await sent();
    const [raw] = await db.$queryRaw<
      { note: string }[]
    >`SELECT note FROM "FileTransfer" WHERE id = ${transfer.id}::uuid`;
    expect(raw?.note).toMatch(/^enc:v[12]:/);
  });

  it('refuses bad input with a clear message, and changes nothing', async () => {
    await refused(
      send(staff.dslOld, { to: schools.closed.id }),
      'That school is not on the service. Choose another school',
    );
    await refused(send(staff.dslOld, { to: schools.old.id }), 'The case is already with that school');
    await refused(send(staff.dslOld, { to: randomUUID() }), 'Select the school from the list');
    await refused(send(staff.dslOld, { version: 7 }), STALE_CASE_MESSAGE);
    expect(await transfers()).toEqual([]);
    expect((await row()).version).toBe(0);
    await send();
    await refused(send(staff.dslOld, { version: 1, to: schools.other.id }), ALREADY_TRANSFERRING);
    expect(await transfers()).toHaveLength(1);
  });

  it('checks the form: a school id that is not one, a date that is not a date, a year out', () => {
    const parse = (fields: Record<string, string>) =>
      startTransferSchema.safeParse({
        reference: 'X',
        version: '0',
        to: schools.new.id,
        childStartsOn: '7/1/2027',
        ...fields,
      });
    expect(parse({ to: 'not-a-school' }).error?.issues[0]?.message).toBe('Select the school from the list');
    expect(parse({ childStartsOn: '31/2/2027' }).error?.issues[0]?.message).toBe(
      'Enter the start date as day, month and year, like 7/1/2027',
    );
    expect(parse({ childStartsOn: '1/1/2035' }).error?.issues[0]?.message).toBe(
      'The start date must be within a year of today',
    );
    expect(parse({ childStartsOn: '' }).error?.issues[0]?.message).toBe(
      'Enter the date the child starts at the new school',
    );
    expect(parse({ extra: 'x' }).success).toBe(false);
  });

  it('sends a closed case (a closed file still follows the child), and one under legal hold, whose hold goes with it', async () => {
    await db.concern.update({
      where: { id: concern.id },
      data: {
        status: 'CLOSED',
        closedAt: new Date(),
        legalHold: true,
        legalHoldReason: 'Court case',
        legalHoldSince: new Date(),
      },
    });
    const transfer = await sent();
    await acceptTransfer(staff.dslNew, { transferId: transfer.id });
    expect(await row()).toMatchObject({
      schoolId: schools.new.id,
      legalHold: true,
      legalHoldReason: 'Court case',
    });
  });

  it('is for the case’s school team only: the front door and another school are refused or not found', async () => {
    await expect(send(staff.dslOther)).rejects.toBeInstanceOf(NotFoundError);
    await expect(send(staff.dslSouth)).rejects.toBeInstanceOf(NotFoundError);
    await expect(send(staff.trends)).rejects.toBeInstanceOf(NotFoundError);
    await db.concern.update({ where: { id: concern.id }, data: { escalatedAt: new Date() } });
    await refused(send(staff.frontDoor), 'Only the school’s safeguarding team can transfer this case');
    expect(await transfers()).toEqual([]);
  });
});

describe('while it waits', () => {
  it('the case cannot be passed on until the transfer is answered or cancelled', async () => {
    await sent();
    await refused(
      passOnCase(staff.dslOld, {
        reference: concern.reference,
        version: 1,
        to: schools.other.id,
        reason: 'r',
      }),
      TRANSFER_OPEN,
    );
    expect((await row()).schoolId).toBe(schools.old.id);
  });

  it('the new school reads the case, read-only and logged; nobody else does', async () => {
    await sent();
    const record = await readCaseRecord(staff.dslNew, concern.reference, 'view');
    expect(record).toMatchObject({ sharedReadOnly: true, transferReach: { id: expect.any(String) } });
    const [view] = await db.auditEntry.findMany({
      where: { concernId: concern.id, action: 'concern.transfer.view' },
    });
    expect(view?.actorId).toBe(staff.dslNew.id);
    // Read only: a change through the case is "not found".
    await expect(
      passOnCase(staff.dslNew, {
        reference: concern.reference,
        version: 1,
        to: schools.other.id,
        reason: 'r',
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    for (const outsider of [staff.dslOther, staff.dslSouth, staff.frontDoor, staff.trends]) {
      expect(await readCaseRecord(outsider, concern.reference, 'view')).toBeNull();
    }
  });

  it('shows each side its lines with the clock; nobody else', async () => {
    const transfer = await sent();
    const receiver = await listTransfers(staff.dslNew);
    expect(receiver.incoming).toMatchObject([{ id: transfer.id, fromSchool: 'Old Primary', overdue: false }]);
    const sender = await listTransfers(staff.dslOld);
    expect(sender.outgoing).toMatchObject([{ id: transfer.id, toSchool: 'New Primary', status: 'SENT' }]);
    const later = await listTransfers(staff.dslOld, new Date(transfer.dueAt.getTime() + 1));
    expect(later.outgoing[0]?.overdue).toBe(true);
    for (const outsider of [staff.dslOther, staff.dslSouth, staff.frontDoor, staff.trends]) {
      expect(await listTransfers(outsider)).toEqual({ incoming: [], outgoing: [] });
      expect(await readTransfer(outsider, transfer.id)).toBeNull();
    }
  });
});

describe('answering it', () => {
  it('accepting moves the case to the new school: the sender keeps only the record, by link and by post', async () => {
    const transfer = await sent();
    await acceptTransfer(staff.deputyNew, { transferId: transfer.id });
    expect(await row()).toMatchObject({ schoolId: schools.new.id, partnershipId: north.id, version: 2 });
    const receiver = await readCaseRecord(staff.dslNew, concern.reference, 'view');
    expect(receiver).toMatchObject({ sharedReadOnly: false, transferReach: null });
    expect(await readCaseRecord(staff.dslOld, concern.reference, 'view')).toBeNull();
    await expect(send(staff.dslOld, { version: 2, to: schools.other.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // The record line: what, when, to whom, who confirmed.
    const line = await readTransfer(staff.dslOld, transfer.id);
    expect(line).toMatchObject({
      status: 'ACCEPTED',
      toSchool: 'New Primary',
      answeredBy: 'Dev New',
      side: 'from',
    });
    expect(line?.answeredAt).toBeInstanceOf(Date);
    // Cannot be undone, only transferred on.
    await expect(cancelTransfer(staff.dslOld, { transferId: transfer.id })).rejects.toThrow(
      'This file has already been accepted',
    );
    await refused(
      returnTransfer(staff.dslNew, { transferId: transfer.id, returnReason: 'r' }),
      'This file has already been accepted',
    );
    await send(staff.dslNew, { version: 2, to: schools.other.id });
    const [event] = await db.concernEvent.findMany({
      where: { concernId: concern.id, kind: 'TRANSFER_ACCEPTED' },
    });
    expect(event).toMatchObject({
      actorId: staff.deputyNew.id,
      summary: 'Child protection file accepted by New Primary.',
    });
  });

  it('accepting in another partnership makes the case that partnership’s', async () => {
    await send(staff.dslOld, { to: schools.southern.id });
    const [transfer] = await transfers();
    await acceptTransfer(staff.dslSouth, { transferId: transfer!.id });
    expect(await row()).toMatchObject({ partnershipId: south.id, schoolId: schools.southern.id });
    expect(await readCaseRecord(staff.frontDoor, concern.reference, 'view')).toBeNull();
  });

  it('only the receiving school can accept or return: the sender, another school, another partnership, trends get not found', async () => {
    const transfer = await sent();
    for (const outsider of [staff.dslOld, staff.dslOther, staff.dslSouth, staff.frontDoor, staff.trends]) {
      await expect(acceptTransfer(outsider, { transferId: transfer.id })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(
        returnTransfer(outsider, { transferId: transfer.id, returnReason: 'r' }),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    for (const outsider of [staff.dslNew, staff.dslOther, staff.dslSouth, staff.trends]) {
      await expect(cancelTransfer(outsider, { transferId: transfer.id })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    await expect(acceptTransfer(staff.dslNew, { transferId: randomUUID() })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await transfers())[0]?.status).toBe('SENT');
    expect((await row()).schoolId).toBe(schools.old.id);
  });

  it('returning keeps the case with the sender, with the reason, and ends the new school’s reach', async () => {
    const transfer = await sent();
    await returnTransfer(staff.dslNew, {
      transferId: transfer.id,
      returnReason: 'She is not joining us after all.',
    });
    expect(await row()).toMatchObject({ schoolId: schools.old.id });
    expect(await readTransfer(staff.dslOld, transfer.id)).toMatchObject({
      status: 'RETURNED',
      returnReason: 'She is not joining us after all.',
      answeredBy: 'Nina New',
    });
    expect(await readCaseRecord(staff.dslNew, concern.reference, 'view')).toBeNull();
    expect(await readCaseRecord(staff.dslOld, concern.reference, 'view')).not.toBeNull();
    await refused(
      acceptTransfer(staff.dslNew, { transferId: transfer.id }),
      'This file has already been returned to the school that sent it',
    );
  });

  it('the sender can cancel before acceptance, and then send it again', async () => {
    const transfer = await sent();
    await cancelTransfer(staff.dslOld, { transferId: transfer.id });
    expect((await transfers())[0]).toMatchObject({ status: 'CANCELLED', answeredById: staff.dslOld.id });
    expect(await readCaseRecord(staff.dslNew, concern.reference, 'view')).toBeNull();
    await refused(
      acceptTransfer(staff.dslNew, { transferId: transfer.id }),
      'This transfer has been cancelled',
    );
    await send(staff.dslOld, { version: 2 });
    expect(await transfers()).toHaveLength(2);
  });
});

describe('the 5-school-day clock', () => {
  // Monday 1 March 2027, 10:00 (GMT), with Wednesday 3 March made a bank holiday for this test: day 3 ends
  // on Friday at 10:00 rather than Thursday, day 5 on Tuesday 9 March at 10:00 rather than Monday.
  const SENT_AT = new Date('2027-03-01T10:00:00Z');
  const at = (iso: string) => new Date(iso);
  // One database for this file: the clock sees only this test's transfer.
  beforeEach(async () => {
    await db.fileTransfer.deleteMany({ where: { concernId: { not: concern.id } } });
  });

  it('reminds the sender at school day 3 and tells the front door at day 5, once each, counting the bank holiday', async () => {
    await db.bankHoliday.upsert({
      where: { date: new Date('2027-03-03') },
      create: { date: new Date('2027-03-03'), name: 'Test holiday' },
      update: {},
    });
    const transfer = await sent();
    const calendar = await loadSchoolCalendar(db, north.id, SENT_AT);
    const dueAt = transferDeadline({ sentAt: SENT_AT, childStartsOn: new Date('2027-03-01') }, calendar);
    expect(dueAt).toEqual(at('2027-03-09T10:00:00Z'));
    await db.fileTransfer.update({
      where: { id: transfer.id },
      data: { sentAt: SENT_AT, childStartsOn: new Date('2027-03-01'), dueAt },
    });
    const mail = (kind: string) => db.outboxEmail.findMany({ where: { kind, concernId: concern.id } });

    expect(await runTransferClock(db, at('2027-03-04T12:00:00Z'))).toEqual({ reminded: 0, overdue: 0 });
    expect(await runTransferClock(db, at('2027-03-05T10:01:00Z'))).toEqual({ reminded: 1, overdue: 0 });
    expect((await mail('transfer.reminder')).map((e) => e.toAddress)).toEqual([staff.dslOld.email]);
    expect(await runTransferClock(db, at('2027-03-05T11:00:00Z'))).toEqual({ reminded: 0, overdue: 0 });
    expect(await runTransferClock(db, at('2027-03-08T12:00:00Z'))).toEqual({ reminded: 0, overdue: 0 });
    expect(await runTransferClock(db, at('2027-03-09T10:01:00Z'))).toEqual({ reminded: 0, overdue: 1 });
    expect(await runTransferClock(db, at('2027-03-10T10:01:00Z'))).toEqual({ reminded: 0, overdue: 0 });
    const overdue = await mail('transfer.overdue');
    expect(overdue.map((e) => e.toAddress).sort()).toEqual(
      ['mash@north.example', staff.frontDoor.email].sort(),
    );
    expect(overdue[0]?.textBody).toContain(concern.reference);
    expect(overdue[0]?.textBody).not.toContain('Monday');
    expect(await listTransfers(staff.dslOld, at('2027-03-09T10:01:00Z'))).toMatchObject({
      outgoing: [{ overdue: true }],
    });
  });

  it('starts the clock on the child’s first day when that is later, and stops it at the receipt', async () => {
    const transfer = await sent();
    const calendar = await loadSchoolCalendar(db, north.id, SENT_AT);
    // Sent the Friday before, the child starting on Monday 8 March: day 5 ends on Friday 12 March, midnight.
    const dueAt = transferDeadline(
      { sentAt: at('2027-03-05T15:00:00Z'), childStartsOn: new Date('2027-03-08') },
      calendar,
    );
    expect(dueAt).toEqual(at('2027-03-13T00:00:00Z'));
    await db.fileTransfer.update({
      where: { id: transfer.id },
      data: { sentAt: at('2027-03-05T15:00:00Z'), childStartsOn: new Date('2027-03-08'), dueAt },
    });
    await acceptTransfer(staff.dslNew, { transferId: transfer.id });
    expect(await runTransferClock(db, at('2027-03-20T12:00:00Z'))).toEqual({ reminded: 0, overdue: 0 });
  });
});
