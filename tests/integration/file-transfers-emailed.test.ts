// Issue 17: a child protection file sent to a school NOT on the deployment (no DSL on the service) goes as
// one emailed link; the receiving DSL opens it with the passcode the sender gives by phone, downloads the
// PDF and confirms receipt on the page. Every open, wrong passcode, download and the receipt is in the
// chronology and the audit chain.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { STALE_CASE_MESSAGE } from '@/lib/cases/change-case';
import { linkCaseToNewChild } from '@/lib/children/link-case-to-child';
import { readChildRecord } from '@/lib/children/read-child-record';
import { getDb } from '@/lib/db';
import { formatDate } from '@/lib/format/dates';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { cancelTransfer } from '@/lib/transfers/answer-transfer';
import { confirmLinkReceipt } from '@/lib/transfers/confirm-link-receipt';
import { downloadEmailedFile } from '@/lib/transfers/download-emailed-file';
import { tokenHash } from '@/lib/transfers/emailed-link-secrets';
import { listTransfers } from '@/lib/transfers/list-transfers';
import { openEmailedLink } from '@/lib/transfers/open-emailed-link';
import { readTransfer } from '@/lib/transfers/read-transfer';
import { runTransferClock } from '@/lib/transfers/run-transfer-clock';
import { startTransfer } from '@/lib/transfers/start-transfer';
import { RECIPIENT_EMAIL_NEEDED } from '@/lib/transfers/transfer-destination';
import { transferStateText } from '@/lib/format/transfer-state';
import { unlockEmailedLink } from '@/lib/transfers/unlock-emailed-link';
import { makeStaff } from '../support/case-staff';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';

const db = getDb();
let north: { id: string };
let schools: Record<'old' | 'offService' | 'closed', { id: string; name: string }>;
let dsl: SessionUser;
let concern: { id: string; reference: string };
let urns = 970000;
let addresses = 0;
const NOTE = 'Her mother knows; call Mrs Grey about the photos.';

beforeEach(async () => {
  north = await makePartnership({ name: 'Northshire', frontDoorEmail: 'mash@north.example' });
  schools = {
    old: await makeSchool(north.id, { name: 'Old Primary', urn: (urns += 1) }),
    // On the register, no DSL on the service: off the deployment.
    offService: await makeSchool(north.id, { name: 'Faraway Academy', urn: (urns += 1) }),
    closed: await makeSchool(north.id, { name: 'Closed Primary', urn: (urns += 1), active: false }),
  };
  dsl = await makeStaff(north.id, [{ role: 'DSL', schoolId: schools.old.id }], 'Olive Old');
  concern = await makeConcern({ partnershipId: north.id, schoolId: schools.old.id, route: 'SCHOOL' });
});
afterAll(() => closeRateLimits());

const today = () => new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
const send = (input: Partial<Parameters<typeof startTransfer>[1]> = {}) =>
  startTransfer(dsl, {
    reference: concern.reference,
    version: 0,
    to: schools.offService.id,
    childStartsOn: today(),
    note: NOTE,
    recipientEmail: 'dsl@faraway.example',
    ...input,
  });
const transfer = async () => (await db.fileTransfer.findMany({ where: { concernId: concern.id } }))[0]!;
const concernRow = () => db.concern.findUniqueOrThrow({ where: { id: concern.id } });
const linkEmails = () => db.outboxEmail.findMany({ where: { kind: 'transfer.link', concernId: concern.id } });
/** Sends, and returns the token as the email carries it, and the passcode the sender saw. */
async function sent(input: Parameters<typeof send>[0] = {}) {
  const { passcode } = await send(input);
  const [email] = await linkEmails();
  const token = /\/file-transfer\/([A-Za-z0-9_-]{43})/.exec(email!.textBody)![1]!;
  return { token, passcode: passcode! };
}
/** A new address for each test: the address limit (30 in 15 minutes) is shared by every test. */
const address = () => `192.0.2.${(addresses += 1)}`;
const unlock = (token: string, passcode: string, from = address(), site: string | null = north.id) =>
  unlockEmailedLink({ token, passcode, address: from, site });
async function granted() {
  const link = await sent();
  const outcome = await unlock(link.token, link.passcode);
  if (outcome.kind !== 'ok') throw new Error(outcome.kind);
  return { ...link, grant: outcome.grant };
}
const logged = async (action: string) =>
  db.auditEntry.findMany({ where: { concernId: concern.id, action }, orderBy: { id: 'asc' } });
const linkEvents = () =>
  db.concernEvent.findMany({
    where: { concernId: concern.id, kind: 'TRANSFER_LINK_USED' },
    orderBy: { id: 'asc' },
  });
async function refused(promise: Promise<unknown>, message: string) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  expect((error as Error).message).toBe(message);
}

describe('sending to a school off the deployment', () => {
  it('records an EMAILED_LINK and queues one email with the link, no passcode and no child details', async () => {
    const { passcode } = await send();
    expect(passcode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const t = await transfer();
    expect(t).toMatchObject({ kind: 'EMAILED_LINK', status: 'SENT', recipientEmail: 'dsl@faraway.example' });
    expect(t.linkExpiresAt!.getTime() - t.sentAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    expect(t.passcodeHash).toMatch(/^\$argon2id\$/);
    expect(t.passcodeHash).not.toContain(passcode!.replace(/-/g, ''));
    const emails = await db.outboxEmail.findMany({ where: { concernId: concern.id } });
    expect(emails).toHaveLength(1);
    const [email] = emails;
    expect(email!.toAddress).toBe('dsl@faraway.example');
    const token = /\/file-transfer\/([A-Za-z0-9_-]{43})/.exec(email!.textBody)?.[1];
    expect(t.linkTokenHash).toBe(tokenHash(token!));
    for (const body of [email!.textBody, email!.htmlBody, email!.subject]) {
      expect(body).not.toContain(passcode!);
      expect(body).not.toContain(passcode!.replace(/-/g, ''));
      expect(body).not.toContain(concern.reference);
      expect(body).not.toContain('Grey');
    }
    expect(email!.textBody).toContain('by phone');
    // The address and the receiver's words are encrypted at rest.
    const [raw] = await db.$queryRaw<{ recipientEmail: string }[]>`
      SELECT "recipientEmail" FROM "FileTransfer" WHERE id = ${t.id}::uuid`;
    expect(raw?.recipientEmail).toMatch(/^enc:v[12]:/);
    // One transaction: the chronology entry and the audit entry name each other.
    const [audit] = await logged('concern.transfer.send');
    const [event] = await db.concernEvent.findMany({
      where: { concernId: concern.id, kind: 'TRANSFER_SENT' },
    });
    expect(audit?.detail).toMatchObject({
      transferId: t.id,
      kind: 'EMAILED_LINK',
      eventId: event!.id.toString(),
    });
    expect((await concernRow()).version).toBe(1);
  });

  it('refuses bad input with a clear message, and changes nothing', async () => {
    await refused(send({ recipientEmail: undefined }), RECIPIENT_EMAIL_NEEDED);
    await refused(send({ version: 3 }), STALE_CASE_MESSAGE);
    await refused(send({ to: randomUUID() }), 'Select the school from the list');
    await refused(send({ to: schools.old.id }), 'The case is already with that school');
    await refused(
      send({ to: schools.closed.id }),
      'That school is not on the service. Choose another school',
    );
    expect(await db.fileTransfer.count({ where: { concernId: concern.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { concernId: concern.id } })).toBe(0);
    expect((await concernRow()).version).toBe(0);
  });

  it('is allowed for a case under legal hold', async () => {
    await db.concern.update({
      where: { id: concern.id },
      data: { legalHold: true, legalHoldReason: 'Court case', legalHoldSince: new Date() },
    });
    const { passcode } = await send();
    expect(passcode).toBeTruthy();
    expect((await transfer()).kind).toBe('EMAILED_LINK');
  });
});

describe('the link', () => {
  it('asks for the passcode, logs each open, and shows nothing without it', async () => {
    const { token } = await sent();
    expect(await openEmailedLink(token, undefined, north.id)).toEqual({
      state: 'passcode',
      fromSchool: 'Old Primary',
    });
    expect(await openEmailedLink(token, 'x'.repeat(43), north.id)).toMatchObject({ state: 'passcode' });
    expect(await logged('concern.transfer.link.open')).toHaveLength(2);
    expect(await linkEvents()).toHaveLength(2);
    expect(await downloadEmailedFile(token, undefined, north.id)).toBeNull();
  });

  it('counts wrong passcodes, keeps only the hash, and opens with the right one (any case and spacing)', async () => {
    const { token, passcode } = await sent();
    expect(await unlock(token, 'AAAA-AAAA-AAAA')).toEqual({ kind: 'wrong' });
    expect((await transfer()).failedPasscodes).toBe(1);
    const [wrong] = await logged('concern.transfer.link.passcode.wrong');
    const events = await linkEvents();
    expect(wrong?.detail).toMatchObject({ eventId: events[0]!.id.toString() });
    const outcome = await unlock(token, ` ${passcode.toLowerCase().replace(/-/g, ' ')} `);
    expect(outcome.kind).toBe('ok');
    const grant = outcome.kind === 'ok' ? outcome.grant : '';
    const t = await transfer();
    expect(t.grantHash).toBe(tokenHash(grant));
    expect(t.grantExpiresAt!.getTime()).toBeLessThanOrEqual(t.linkExpiresAt!.getTime());
    expect(await openEmailedLink(token, grant, north.id)).toMatchObject({
      state: 'open',
      fromSchool: 'Old Primary',
      toSchool: 'Faraway Academy',
      reference: concern.reference,
      note: NOTE,
    });
    const file = await downloadEmailedFile(token, grant, north.id);
    expect(file?.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await logged('concern.transfer.link.download')).toHaveLength(1);
  });

  it('locks for good at the tenth wrong passcode: the right one then fails too', async () => {
    const { token, passcode } = await sent();
    for (let i = 1; i <= 9; i += 1) expect((await unlock(token, 'AAAA-AAAA-AAAA')).kind).toBe('wrong');
    expect(await unlock(token, 'BBBB-BBBB-BBBB')).toEqual({ kind: 'locked' });
    expect(await transfer()).toMatchObject({ failedPasscodes: 10, lockedAt: expect.any(Date) });
    expect(await unlock(token, passcode)).toEqual({ kind: 'locked' });
    expect(await openEmailedLink(token, undefined, north.id)).toEqual({
      state: 'locked',
      fromSchool: 'Old Primary',
    });
    expect(await logged('concern.transfer.link.locked')).toHaveLength(1);
  });

  it('a grant made before the lock no longer opens it', async () => {
    const { token, grant } = await granted();
    for (let i = 1; i <= 10; i += 1) await unlock(token, 'AAAA-AAAA-AAAA');
    expect(await downloadEmailedFile(token, grant, north.id)).toBeNull();
  });

  it('an expired, cancelled, unknown or malformed link does not work, and nothing is written', async () => {
    const { token, passcode, grant } = await granted();
    const before = await db.auditEntry.count();
    expect(await openEmailedLink('A'.repeat(43), undefined, north.id)).toEqual({ state: 'gone' });
    expect(await openEmailedLink('../etc', undefined, north.id)).toEqual({ state: 'gone' });
    expect(await unlock('A'.repeat(43), passcode)).toEqual({ kind: 'gone' });
    const t = await transfer();
    await db.fileTransfer.update({
      where: { id: t.id },
      data: { linkExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(await openEmailedLink(token, grant, north.id)).toEqual({ state: 'gone' });
    expect(await unlock(token, passcode)).toEqual({ kind: 'gone' });
    expect(await downloadEmailedFile(token, grant, north.id)).toBeNull();
    expect(await db.auditEntry.count()).toBe(before);
    expect((await transfer()).failedPasscodes).toBe(0);
  });

  it('cancelling before the receipt kills the link', async () => {
    const { token, passcode, grant } = await granted();
    await cancelTransfer(dsl, { transferId: (await transfer()).id });
    expect(await openEmailedLink(token, grant, north.id)).toEqual({ state: 'gone' });
    expect(await unlock(token, passcode)).toEqual({ kind: 'gone' });
    expect(await downloadEmailedFile(token, grant, north.id)).toBeNull();
    expect(
      await confirmLinkReceipt({ token, grant, receiverName: 'Rita', receiverRole: 'DSL', site: north.id }),
    ).toBe(false);
  });
});

describe('the site the link is opened on', () => {
  it('works only on the sending partnership’s own site: elsewhere it does not work and nothing is written', async () => {
    const south = await makePartnership({ name: 'Southvale' });
    const { token, passcode, grant } = await granted();
    const before = await db.auditEntry.count();
    for (const site of [south.id, null]) {
      expect(await openEmailedLink(token, grant, site)).toEqual({ state: 'gone' });
      expect(await unlock(token, passcode, address(), site)).toEqual({ kind: 'gone' });
      expect(await downloadEmailedFile(token, grant, site)).toBeNull();
      expect(
        await confirmLinkReceipt({ token, grant, receiverName: 'Rita', receiverRole: 'DSL', site }),
      ).toBe(false);
    }
    expect(await db.auditEntry.count()).toBe(before);
    expect(await transfer()).toMatchObject({ status: 'SENT', failedPasscodes: 0 });
    // On its own site it still works.
    expect(await openEmailedLink(token, grant, north.id)).toMatchObject({ state: 'open' });
  });
});

describe('the receipt', () => {
  it('is single use: the transfer is ACCEPTED with who and when, the case closed, the link dead', async () => {
    const { token, passcode, grant } = await granted();
    const receipt = {
      token,
      grant,
      receiverName: 'Rita Reed',
      receiverRole: 'Designated safeguarding lead',
      site: north.id,
    };
    expect(await confirmLinkReceipt({ ...receipt, grant: undefined })).toBe(false);
    expect(await confirmLinkReceipt(receipt)).toBe(true);
    const t = await transfer();
    expect(t).toMatchObject({
      status: 'ACCEPTED',
      answeredById: null,
      answeredAt: expect.any(Date),
      receivedByName: 'Rita Reed',
      receivedByRole: 'Designated safeguarding lead',
      grantHash: null,
    });
    const [raw] = await db.$queryRaw<{ receivedByName: string }[]>`
      SELECT "receivedByName" FROM "FileTransfer" WHERE id = ${t.id}::uuid`;
    expect(raw?.receivedByName).toMatch(/^enc:v[12]:/);
    // The sender keeps the case, closed, with the record of who confirmed.
    expect(await concernRow()).toMatchObject({ status: 'CLOSED', schoolId: schools.old.id, version: 2 });
    const [accepted] = await logged('concern.transfer.accepted');
    const [event] = await db.concernEvent.findMany({
      where: { concernId: concern.id, kind: 'TRANSFER_ACCEPTED' },
    });
    expect(accepted?.detail).toMatchObject({ transferId: t.id, eventId: event!.id.toString(), closed: true });
    expect(event?.summary).toContain('Rita Reed');
    expect(await readTransfer(dsl, t.id)).toMatchObject({
      status: 'ACCEPTED',
      answeredBy: 'Rita Reed (Designated safeguarding lead)',
      recipientEmail: 'dsl@faraway.example',
    });
    // Reused after the receipt: the same "does not work" as any other link.
    expect(await confirmLinkReceipt(receipt)).toBe(false);
    expect(await openEmailedLink(token, grant, north.id)).toEqual({ state: 'gone' });
    expect(await unlock(token, passcode)).toEqual({ kind: 'gone' });
    expect(await downloadEmailedFile(token, grant, north.id)).toBeNull();
    expect(await logged('concern.transfer.accepted')).toHaveLength(1);
  });
});

describe('one wording for the receipt', () => {
  it('the transfer lines and the child’s file say who accepted it, in the same words', async () => {
    const { childId } = await linkCaseToNewChild(dsl, {
      reference: concern.reference,
      version: 0,
      childName: 'Amira',
      yearGroup: 4,
      dateOfBirth: undefined,
      newChildReason: 'Our pupil',
    });
    const { token, passcode } = await sent({ version: 1 });
    const outcome = await unlock(token, passcode);
    const grant = outcome.kind === 'ok' ? outcome.grant : '';
    const receipt = { token, grant, receiverName: 'Rita Reed', receiverRole: 'DSL', site: north.id };
    expect(await confirmLinkReceipt(receipt)).toBe(true);
    const wording = `Accepted by Rita Reed (DSL) on ${formatDate(new Date())}`;
    const [line] = (await listTransfers(dsl)).outgoing;
    expect(transferStateText(line!)).toBe(wording);
    const [onChild] = (await readChildRecord(dsl, childId))!.transfers;
    expect(transferStateText(onChild!)).toBe(wording);
  });
});

describe('the clock and the transfer record', () => {
  it('reminds the sender at day 3 and tells the front door at day 5, as for a school on the service', async () => {
    await sent();
    const t = await transfer();
    const long = new Date(Date.now() - 20 * 24 * 60 * 60 * 1000);
    await db.fileTransfer.update({
      where: { id: t.id },
      data: { sentAt: long, childStartsOn: long, dueAt: long },
    });
    expect(await runTransferClock(db, new Date())).toEqual({ reminded: 1, overdue: 1 });
    const to = async (kind: string) =>
      (await db.outboxEmail.findMany({ where: { kind, concernId: concern.id } }))
        .map((e) => e.toAddress)
        .sort();
    expect(await to('transfer.reminder')).toEqual([dsl.email]);
    expect(await to('transfer.overdue')).toEqual(['mash@north.example']);
  });

  it('looking at the transfer’s record is audited; the lists and the page read one line shape', async () => {
    await sent();
    const t = await transfer();
    const record = await readTransfer(dsl, t.id);
    expect(record).toMatchObject({ side: 'from', kind: 'EMAILED_LINK', toSchool: 'Faraway Academy' });
    const [view] = await logged('transfer.view');
    expect(view).toMatchObject({ actorId: dsl.id, subject: 'FileTransfer', subjectId: t.id });
    const { outgoing } = await listTransfers(dsl);
    const { side: _side, childStartsOn: _c, note: _n, returnReason: _r, cases: _cases, ...line } = record!;
    expect(outgoing).toEqual([line]);
  });
});
