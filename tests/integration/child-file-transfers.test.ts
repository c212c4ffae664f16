// Issue 17: a DSL transfers a child's whole file (every case of the child record the school holds) to the
// child's new school as ONE transfer. The receiving DSL sees one item, accepts or returns it as one; on
// acceptance the new school gets one child record (no pupil number) with every case. Off the deployment
// the emailed link's PDF is the whole child file. Chronology and audit on every case, one transaction.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { linkCaseToChild, linkCaseToNewChild } from '@/lib/children/link-case-to-child';
import { STALE_CHILD_MESSAGE } from '@/lib/children/merge-child-records';
import { readChildRecord } from '@/lib/children/read-child-record';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { acceptTransfer, cancelTransfer, returnTransfer } from '@/lib/transfers/answer-transfer';
import { confirmLinkReceipt } from '@/lib/transfers/confirm-link-receipt';
import { downloadEmailedFile } from '@/lib/transfers/download-emailed-file';
import { listTransfers } from '@/lib/transfers/list-transfers';
import { openEmailedLink } from '@/lib/transfers/open-emailed-link';
import { readTransfer } from '@/lib/transfers/read-transfer';
import { runTransferClock } from '@/lib/transfers/run-transfer-clock';
import {
  caseAlreadyTransferring,
  CHILD_HAS_NO_CASES,
  startChildFileTransfer,
} from '@/lib/transfers/start-child-file-transfer';
import { startTransfer } from '@/lib/transfers/start-transfer';
import { RECIPIENT_EMAIL_NEEDED } from '@/lib/transfers/transfer-destination';
import { startChildFileTransferSchema } from '@/lib/transfers/transfer-schemas';
import { transferStateText } from '@/lib/format/transfer-state';
import { unlockEmailedLink } from '@/lib/transfers/unlock-emailed-link';
import { makeStaff } from '../support/case-staff';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';
import { pdfText } from '../support/pdf-text';

const db = getDb();
let north: { id: string };
let south: { id: string };
let schools: Record<
  'old' | 'new' | 'other' | 'closed' | 'faraway' | 'southern',
  { id: string; name: string }
>;
let staff: Record<'dslOld' | 'dslNew' | 'dslOther' | 'dslSouth' | 'frontDoor', SessionUser>;
let cases: { id: string; reference: string }[];
let childId: string;
let urns = 960000;
let addresses = 0;
const school = (partnershipId: string, name: string, active = true) =>
  makeSchool(partnershipId, { name, active, urn: (urns += 1) });

beforeEach(async () => {
  north = await makePartnership({ name: 'Northshire', frontDoorEmail: 'mash@north.example' });
  south = await makePartnership({ name: 'Southvale' });
  schools = {
    old: await school(north.id, 'Old Primary'),
    new: await school(north.id, 'New Primary'),
    other: await school(north.id, 'Other Primary'),
    closed: await school(north.id, 'Closed Primary', false),
    faraway: await school(north.id, 'Faraway Academy'),
    southern: await school(south.id, 'Southern Academy'),
  };
  staff = {
    dslOld: await makeStaff(north.id, [{ role: 'DSL', schoolId: schools.old.id }], 'Olive Old'),
    dslNew: await makeStaff(north.id, [{ role: 'DSL', schoolId: schools.new.id }], 'Nina New'),
    dslOther: await makeStaff(north.id, [{ role: 'DSL', schoolId: schools.other.id }], 'Otto Other'),
    dslSouth: await makeStaff(south.id, [{ role: 'DSL', schoolId: schools.southern.id }], 'Sam South'),
    frontDoor: await makeStaff(north.id, [{ role: 'FRONT_DOOR' }], 'Frank Door'),
  };
  cases = [];
  for (let i = 0; i < 3; i += 1)
    cases.push(await makeConcern({ partnershipId: north.id, schoolId: schools.old.id, route: 'SCHOOL' }));
  ({ childId } = await linkCaseToNewChild(staff.dslOld, {
    reference: cases[0]!.reference,
    version: 0,
    childName: 'Amira K',
    yearGroup: 4,
    dateOfBirth: '2016-04-30',
    pupilId: 'UPN-OLD-123',
    newChildReason: 'Our pupil',
  }));
  for (const c of cases.slice(1))
    await linkCaseToChild(staff.dslOld, { reference: c.reference, version: 0, childId, linkReason: 'Same' });
});
afterAll(() => closeRateLimits());

const today = () => new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
const childVersion = async () => (await db.childRecord.findUniqueOrThrow({ where: { id: childId } })).version;
const send = async (
  user: SessionUser = staff.dslOld,
  input: Partial<Parameters<typeof startChildFileTransfer>[1]> = {},
) =>
  startChildFileTransfer(user, {
    childId,
    version: await childVersion(),
    to: schools.new.id,
    childStartsOn: today(),
    note: 'She starts on Monday.',
    ...input,
  });
const ids = () => cases.map((c) => c.id);
const rows = () => db.fileTransfer.findMany({ where: { concernId: { in: ids() } }, orderBy: { id: 'asc' } });
const concernsNow = () =>
  db.concern.findMany({ where: { id: { in: ids() } }, orderBy: { submittedAt: 'asc' } });
async function refused(promise: Promise<unknown>, message: string) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  expect((error as Error).message).toBe(message);
}

describe('sending a child’s whole file', () => {
  it('is one transfer of every case: a row per case under one lead, entries on every case, one email each', async () => {
    const { transferId, cases: count } = await send();
    expect(count).toBe(3);
    const all = await rows();
    expect(all).toHaveLength(3);
    const lead = all.find((t) => t.id === transferId)!;
    expect(lead).toMatchObject({ wholeChildFile: true, childFileLeadId: null, fromChildRecordId: childId });
    for (const t of all.filter((t) => t.id !== transferId))
      expect(t).toMatchObject({ wholeChildFile: false, childFileLeadId: transferId, dueAt: lead.dueAt });
    for (const c of await concernsNow()) {
      expect(c).toMatchObject({ schoolId: schools.old.id, version: 2 });
      const [event] = await db.concernEvent.findMany({ where: { concernId: c.id, kind: 'TRANSFER_SENT' } });
      const [audit] = await db.auditEntry.findMany({
        where: { concernId: c.id, action: 'concern.transfer.send' },
      });
      expect(event?.summary).toContain('whole file (3 cases)');
      expect(audit?.detail).toMatchObject({ eventId: event!.id.toString(), transferId });
    }
    expect(await childVersion()).toBe(1);
    expect(await db.auditEntry.count({ where: { action: 'child.transfer.send', subjectId: childId } })).toBe(
      1,
    );
    // One email to the new school's DSL, about the one transfer.
    const emails = await db.outboxEmail.findMany({ where: { kind: 'transfer.sent' } });
    expect(emails).toHaveLength(1);
    expect(emails[0]?.textBody).toContain(`/transfers/${transferId}`);
    // It names every case, so a search of the mailbox for any reference finds it; the subject the first.
    const [first, ...more] = cases.map((c) => c.reference);
    expect(emails[0]?.subject).toContain(`reference ${first} and 2 more`);
    for (const reference of [first, ...more]) expect(emails[0]?.textBody).toContain(reference);
    // One item each side, "Child file: 3 cases"; the page lists every case.
    const [incoming] = (await listTransfers(staff.dslNew)).incoming;
    expect((await listTransfers(staff.dslNew)).incoming).toHaveLength(1);
    expect(incoming).toMatchObject({ id: transferId, childFileCases: 3 });
    expect((await listTransfers(staff.dslOld)).outgoing).toHaveLength(1);
    expect((await readTransfer(staff.dslNew, transferId))?.cases).toEqual(cases.map((c) => c.reference));
    // The receiving DSL reads each case while it waits; a case's own row is never a transfer of its own.
    for (const c of cases) expect(await readCaseRecord(staff.dslNew, c.reference, 'view')).not.toBeNull();
    const member = all.find((t) => t.id !== transferId)!;
    expect(await readTransfer(staff.dslNew, member.id)).toBeNull();
    await expect(acceptTransfer(staff.dslNew, { transferId: member.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('refuses bad input with a clear message, and changes nothing', async () => {
    await refused(send(staff.dslOld, { version: 5 }), STALE_CHILD_MESSAGE);
    await refused(send(staff.dslOld, { to: schools.old.id }), 'The child’s file is already with that school');
    await refused(
      send(staff.dslOld, { to: schools.closed.id }),
      'That school is not on the service. Choose another school',
    );
    await refused(send(staff.dslOld, { to: randomUUID() }), 'Select the school from the list');
    await refused(send(staff.dslOld, { to: schools.faraway.id }), RECIPIENT_EMAIL_NEEDED);
    // A case of the file already in another open transfer: named, and nothing sent.
    await startTransfer(staff.dslOld, {
      reference: cases[1]!.reference,
      version: 1,
      to: schools.other.id,
      childStartsOn: today(),
    });
    await refused(send(), caseAlreadyTransferring(cases[1]!.reference));
    expect(await rows()).toHaveLength(1);
    expect(await childVersion()).toBe(0);
    expect((await concernsNow()).map((c) => c.version)).toEqual([1, 2, 1]);
    // Forged ids, another school, another partnership, the front door: not found.
    await expect(send(staff.dslOld, { childId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    for (const user of [staff.dslOther, staff.dslSouth, staff.frontDoor])
      await expect(send(user)).rejects.toBeInstanceOf(NotFoundError);
    // A child with no cases the school holds.
    const { childId: lonely } = await linkCaseToNewChild(staff.dslOld, {
      reference: cases[2]!.reference,
      version: 1,
      childName: 'Bo',
      yearGroup: 2,
      dateOfBirth: undefined,
      newChildReason: 'Not Amira after all',
    });
    await db.concern.update({ where: { id: cases[2]!.id }, data: { childRecordId: null } });
    await refused(send(staff.dslOld, { childId: lonely, version: 0 }), CHILD_HAS_NO_CASES);
    expect(await rows()).toHaveLength(1);
  });

  it('checks the form: a forged child id, no extra fields', () => {
    const parse = (fields: Record<string, string>) =>
      startChildFileTransferSchema.safeParse({
        childId,
        version: '0',
        to: schools.new.id,
        childStartsOn: '7/1/2027',
        ...fields,
      });
    expect(parse({}).success).toBe(true);
    expect(parse({ childId: '../x' }).error?.issues[0]?.message).toBe('Child not found');
    expect(parse({ reference: 'X' }).success).toBe(false);
  });
});

describe('the receiving school answers it as one', () => {
  it('accepting moves every case to one new child record of the new school, without the pupil number', async () => {
    const { transferId } = await send();
    const { childRecordId } = await acceptTransfer(staff.dslNew, { transferId });
    expect(childRecordId).toBeTruthy();
    const record = await db.childRecord.findUniqueOrThrow({ where: { id: childRecordId! } });
    expect(record).toMatchObject({
      schoolId: schools.new.id,
      partnershipId: north.id,
      name: 'Amira K',
      yearGroup: 4,
      dateOfBirth: '2016-04-30',
      birthYear: 2016,
      pupilId: null,
    });
    for (const c of await concernsNow())
      expect(c).toMatchObject({ schoolId: schools.new.id, childRecordId, status: expect.any(String) });
    expect((await rows()).map((t) => t.status)).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
    for (const c of cases) {
      expect(await db.concernEvent.count({ where: { concernId: c.id, kind: 'TRANSFER_ACCEPTED' } })).toBe(1);
      expect(
        await db.auditEntry.count({ where: { concernId: c.id, action: 'concern.transfer.accepted' } }),
      ).toBe(1);
    }
    // The new school's child page shows every case; the sender keeps the transfer lines, not the cases.
    const theirs = (await readChildRecord(staff.dslNew, childRecordId!))!;
    expect(theirs.concerns.map((c) => c.reference)).toEqual(cases.map((c) => c.reference));
    const ours = (await readChildRecord(staff.dslOld, childId))!;
    expect(ours.concerns).toEqual([]);
    expect(ours.transfers.map((t) => [t.reference, t.held, transferStateText(t)])).toEqual(
      cases.map((c) => [c.reference, false, expect.stringMatching(/^Accepted by Nina New on /)]),
    );
    for (const c of cases) expect(await readCaseRecord(staff.dslOld, c.reference, 'view')).toBeNull();
    await refused(acceptTransfer(staff.dslNew, { transferId }), 'This file has already been accepted');
  });

  it('returning keeps every case with the sender; cancelling ends it for every case, and it can be sent again', async () => {
    const first = await send();
    await returnTransfer(staff.dslNew, { transferId: first.transferId, returnReason: 'Not on our roll' });
    expect((await rows()).map((t) => t.status)).toEqual(['RETURNED', 'RETURNED', 'RETURNED']);
    for (const c of await concernsNow())
      expect(c).toMatchObject({ schoolId: schools.old.id, childRecordId: childId });
    for (const c of cases) expect(await readCaseRecord(staff.dslNew, c.reference, 'view')).toBeNull();
    const second = await send();
    await expect(cancelTransfer(staff.dslNew, second)).rejects.toBeInstanceOf(NotFoundError);
    await cancelTransfer(staff.dslOld, second);
    expect((await rows()).filter((t) => t.status === 'CANCELLED')).toHaveLength(3);
    await send();
    expect((await rows()).filter((t) => t.status === 'SENT')).toHaveLength(3);
  });

  it('has one clock: one reminder and one overdue notice for the whole file', async () => {
    const { transferId } = await send();
    const long = new Date(Date.now() - 20 * 24 * 60 * 60 * 1000);
    await db.fileTransfer.updateMany({
      where: { concernId: { in: ids() } },
      data: { sentAt: long, childStartsOn: long, dueAt: long },
    });
    expect(await runTransferClock(db, new Date())).toEqual({ reminded: 1, overdue: 1 });
    expect(await db.outboxEmail.count({ where: { kind: 'transfer.reminder' } })).toBe(1);
    for (const kind of ['transfer.reminder', 'transfer.overdue']) {
      const email = await db.outboxEmail.findFirstOrThrow({ where: { kind } });
      for (const c of cases) expect(email.textBody, kind).toContain(c.reference);
    }
    expect(
      (await db.fileTransfer.findUniqueOrThrow({ where: { id: transferId } })).reminderSentAt,
    ).not.toBeNull();
  });
});

describe('a child’s whole file to a school off the deployment', () => {
  it('one link; its PDF is the whole child file; every use and the receipt are on every case', async () => {
    const { passcode } = await send(staff.dslOld, {
      to: schools.faraway.id,
      recipientEmail: 'dsl@faraway.example',
    });
    const emails = await db.outboxEmail.findMany({ where: { kind: 'transfer.link' } });
    expect(emails).toHaveLength(1);
    const token = /\/file-transfer\/([A-Za-z0-9_-]{43})/.exec(emails[0]!.textBody)![1]!;
    const unlocked = await unlockEmailedLink({
      token,
      passcode: passcode!,
      address: `198.51.100.${(addresses += 1)}`,
      site: north.id,
    });
    const grant = unlocked.kind === 'ok' ? unlocked.grant : '';
    expect(await openEmailedLink(token, grant, north.id)).toMatchObject({ state: 'open', childFileCases: 3 });
    const file = await downloadEmailedFile(token, grant, north.id);
    const text = pdfText(file!.pdf);
    expect(text).toContain('Child safeguarding file');
    for (const c of cases) expect(text).toContain(c.reference);
    expect(text).toContain('Amira K');
    for (const c of cases)
      expect(
        await db.auditEntry.count({ where: { concernId: c.id, action: 'concern.transfer.link.download' } }),
      ).toBe(1);
    const receipt = { token, grant, receiverName: 'Rita Reed', receiverRole: 'DSL', site: north.id };
    expect(await confirmLinkReceipt(receipt)).toBe(true);
    expect((await rows()).map((t) => [t.status, t.receivedByName])).toEqual(
      cases.map(() => ['ACCEPTED', 'Rita Reed']),
    );
    for (const c of await concernsNow())
      expect(c).toMatchObject({ status: 'CLOSED', schoolId: schools.old.id });
    const [line] = (await listTransfers(staff.dslOld)).outgoing;
    expect(transferStateText(line!)).toMatch(/^Accepted by Rita Reed \(DSL\) on /);
  });
});
