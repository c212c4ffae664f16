import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { linkCaseToChild, linkCaseToNewChild } from '@/lib/children/link-case-to-child';
import { mergeChildRecords } from '@/lib/children/merge-child-records';
import { suggestChildRecords } from '@/lib/children/suggest-child-records';
import { unlinkCaseFromChild } from '@/lib/children/unlink-case-from-child';
import { readChildRecord, type ChildFile } from '@/lib/children/read-child-record';
import { readCaseChild } from '@/lib/children/read-case-child';
import { listChildRecords } from '@/lib/children/list-child-records';
import { transferStateText } from '@/lib/format/transfer-state';
import { renderChildPdf } from '@/lib/children/render-child-pdf';
import { formatDate } from '@/lib/format/dates';
import { acceptTransfer, returnTransfer } from '@/lib/transfers/answer-transfer';
import { startTransfer } from '@/lib/transfers/start-transfer';
import { pdfText } from '../support/pdf-text';
import { makeConcern, makePartnership, makeSchool } from './../support/factories';
import { makeStaff } from '../support/case-staff';

let dsl: SessionUser;
let otherSchoolDsl: SessionUser;
let southDsl: SessionUser;
let frontDoor: SessionUser;
let school: { id: string; partnershipId: string; name: string };
let otherSchool: { id: string; name: string };

const concernAbout = (childName: string | null, childYear: number | null) =>
  makeConcern({
    partnershipId: school.partnershipId,
    schoolId: school.id,
    route: 'SCHOOL',
    childName,
    childYear,
  });

const newChild = (reference: string, childName: string, yearGroup = 4) =>
  linkCaseToNewChild(dsl, {
    reference,
    version: 0,
    childName,
    yearGroup,
    dateOfBirth: undefined,
    newChildReason: 'Same pupil',
  });

beforeEach(async () => {
  const p = await makePartnership();
  school = await makeSchool(p.id, { name: 'Home Primary' });
  const other = (otherSchool = await makeSchool(p.id, { name: 'Other Primary' }));
  dsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: school.id }], 'Priya');
  otherSchoolDsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: other.id }], 'Grace');
  frontDoor = await makeStaff(p.id, [{ role: 'FRONT_DOOR' }], 'Fran');
  const south = await makePartnership();
  southDsl = await makeStaff(south.id, [{ role: 'DSL', schoolId: (await makeSchool(south.id)).id }], 'Sam');
});

describe('child records', () => {
  it('links a case to a new child record with a reason, in the chronology and the audit trail, encrypted', async () => {
    const concern = await concernAbout('Amira', 4);
    const { childId } = await linkCaseToNewChild(dsl, {
      reference: concern.reference,
      version: 0,
      childName: 'Amira',
      yearGroup: 4,
      dateOfBirth: '2017-05-01',
      pupilId: 'UPN-123',
      newChildReason: 'First report about her',
    });
    const row = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(row.childRecordId).toBe(childId);
    const events = await getDb().concernEvent.findMany({
      where: { concernId: concern.id, kind: 'CHILD_LINKED' },
    });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0]?.detail)).toContain('First report about her');
    expect(
      await getDb().auditEntry.count({ where: { concernId: concern.id, action: 'concern.child.link' } }),
    ).toBe(1);
    const [raw] = await getDb().$queryRaw<
      { name: string; pupilId: string; dateOfBirth: string; birthYear: number }[]
    >`SELECT name, "pupilId", "dateOfBirth", "birthYear" FROM "ChildRecord" WHERE id = ${childId}::uuid`;
    expect(raw?.name).toMatch(/^enc:/);
    expect(raw?.pupilId).toMatch(/^enc:/);
    expect(raw?.dateOfBirth).toMatch(/^enc:/);
    // Only the year is plain, for retention.
    expect(raw?.birthYear).toBe(2017);
  });

  it('unlinks with a reason, and keeps both entries', async () => {
    const concern = await concernAbout('Amira', 4);
    await newChild(concern.reference, 'Amira');
    await unlinkCaseFromChild(dsl, { reference: concern.reference, version: 1, unlinkReason: 'Wrong child' });
    const row = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(row.childRecordId).toBeNull();
    const kinds = (await getDb().concernEvent.findMany({ where: { concernId: concern.id } })).map(
      (e) => e.kind,
    );
    expect(kinds).toEqual(expect.arrayContaining(['CHILD_LINKED', 'CHILD_UNLINKED']));
    expect(await getDb().auditEntry.count({ where: { action: 'concern.child.unlink' } })).toBe(1);
  });

  it('refuses another school’s child record, and gives other schools, the front door and the other partnership “not found”', async () => {
    const concern = await concernAbout('Amira', 4);
    const { childId } = await newChild(concern.reference, 'Amira');
    const elsewhere = await makeConcern({
      partnershipId: school.partnershipId,
      schoolId: (await makeSchool(school.partnershipId)).id,
      route: 'SCHOOL',
    });
    const outsider = await makeStaff(school.partnershipId, [{ role: 'DSL', schoolId: elsewhere.schoolId! }]);
    await expect(
      linkCaseToChild(outsider, { reference: elsewhere.reference, version: 0, childId, linkReason: 'x' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(
      (await getDb().concern.findUniqueOrThrow({ where: { id: elsewhere.id } })).childRecordId,
    ).toBeNull();
    for (const user of [otherSchoolDsl, southDsl, frontDoor]) {
      expect(await readChildRecord(user, childId)).toBeNull();
    }
    expect(await readChildRecord(dsl, childId)).not.toBeNull();
  });

  it('suggests likely matches (same school, same first letter and year group) and never links by itself', async () => {
    const first = await concernAbout('Amira', 4);
    const { childId } = await newChild(first.reference, 'Amira');
    await newChild((await concernAbout('Ben', 4)).reference, 'Ben');
    await newChild((await concernAbout('Amira', 6)).reference, 'Amira', 6);
    const second = await concernAbout('  amira ', 4);
    const suggestions = await suggestChildRecords(dsl, second.reference);
    expect(suggestions?.map((s) => s.id)).toEqual([childId]);
    expect(suggestions?.[0]?.name).toBe('Amira');
    expect((await getDb().concern.findUniqueOrThrow({ where: { id: second.id } })).childRecordId).toBeNull();
    expect(await getDb().concernEvent.count({ where: { concernId: second.id } })).toBe(0);
    expect(await suggestChildRecords(otherSchoolDsl, second.reference)).toBeNull();
  });

  it('shows the case page’s child part and the list of children only to the school’s team', async () => {
    const concern = await concernAbout('Amira', 4);
    expect(await readCaseChild(dsl, concern.reference)).toEqual({
      linked: null,
      suggestions: [],
      others: [],
    });
    const { childId: benId } = await newChild((await concernAbout('Ben', 2)).reference, 'Ben', 2);
    // Not a likely match, but the DSL can still pick Ben from the school's other records.
    expect(await readCaseChild(dsl, concern.reference)).toMatchObject({
      suggestions: [],
      others: [{ id: benId }],
    });
    const { childId } = await newChild(concern.reference, 'Amira');
    expect((await readCaseChild(dsl, concern.reference))?.linked).toMatchObject({
      id: childId,
      name: 'Amira',
    });
    await getDb().concern.update({ where: { id: concern.id }, data: { escalatedAt: new Date() } });
    expect(await readCaseChild(frontDoor, concern.reference)).toBeNull();
    expect((await listChildRecords(dsl))?.map((c) => c.id)).toEqual([childId, benId]);
    for (const user of [otherSchoolDsl, southDsl]) expect(await listChildRecords(user)).toEqual([]);
    expect(await listChildRecords(frontDoor)).toBeNull();
  });

  it('merges two records with a reason, keeping every link and every entry', async () => {
    const a = await concernAbout('Amira', 4);
    const b = await concernAbout('A', 4);
    const { childId: kept } = await newChild(a.reference, 'Amira');
    const { childId: other } = await newChild(b.reference, 'A');
    await addCaseNote(dsl, { reference: b.reference, version: 1, note: 'Spoke to her teacher' });
    const before = await getDb().concernEvent.count({ where: { concernId: { in: [a.id, b.id] } } });
    await mergeChildRecords(dsl, { childId: kept, version: 0, otherId: other, mergeReason: 'Same pupil' });
    const file = await readChildRecord(dsl, kept);
    expect(file?.concerns.map((c) => c.reference).sort()).toEqual([a.reference, b.reference].sort());
    expect(file?.chronology.length).toBe(before + 1);
    expect(file?.chronology.filter((e) => e.kind === 'NOTE')).toHaveLength(1);
    expect(await readChildRecord(dsl, other)).toBeNull();
    expect(await getDb().auditEntry.count({ where: { action: 'child.merge' } })).toBe(1);
    await expect(
      mergeChildRecords(otherSchoolDsl, { childId: kept, version: 1, otherId: other, mergeReason: 'x' }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('pages the chronology for the page, newest 50 first, and reads the whole file for the PDF', async () => {
    const a = await concernAbout('Amira', 4);
    const b = await concernAbout('Amira', 4);
    const { childId } = await newChild(a.reference, 'Amira');
    await linkCaseToChild(dsl, { reference: b.reference, version: 0, childId, linkReason: 'Same pupil' });
    const base = Date.now();
    await getDb().concernEvent.createMany({
      data: Array.from({ length: 60 }, (_, n) => ({
        concernId: n % 2 ? a.id : b.id,
        actorId: dsl.id,
        kind: 'NOTE' as const,
        summary: `Note ${n}`,
        at: new Date(base + (n + 1) * 1000),
      })),
    });
    const whole = (await readChildRecord(dsl, childId, { purpose: 'pdf' }))!;
    expect(whole.chronology).toHaveLength(62);
    expect(whole.chronology[0]?.kind).toBe('CHILD_LINKED');
    expect(whole.chronology.at(-1)?.summary).toBe('Note 59');
    expect(whole.olderEntries).toBeNull();

    const newest = (await readChildRecord(dsl, childId))!;
    expect(newest.chronology).toHaveLength(50);
    expect(newest.chronology.map((e) => e.summary).slice(0, 2)).toEqual(['Note 59', 'Note 58']);
    expect(newest.chronology[0]?.reference).toBe(a.reference);
    expect(newest.chronology[0]?.actor?.name).toBe(dsl.name);
    expect(newest.olderPage).toBe(false);
    expect(newest.olderEntries).toBe(newest.chronology.at(-1)!.id.toString());
    expect(newest.referrals).toEqual([]);
    expect(newest.concerns.map((c) => c.reference)).toEqual([a.reference, b.reference]);

    const older = (await readChildRecord(dsl, childId, { olderThan: newest.olderEntries }))!;
    expect(older.olderPage).toBe(true);
    expect(older.olderEntries).toBeNull();
    // Every entry once across the two pages, newest first, as the whole file holds them oldest first.
    expect([...newest.chronology, ...older.chronology].map((e) => e.id)).toEqual(
      whole.chronology.map((e) => e.id).reverse(),
    );
    expect(older.chronology.at(-1)?.detail).toMatchObject({ reason: 'Same pupil' });

    // An entry of another child names no place in this one: nothing is read. Nonsense is the newest page.
    const { childId: benId } = await newChild((await concernAbout('Ben', 2)).reference, 'Ben', 2);
    const bens = (await readChildRecord(dsl, benId, { purpose: 'pdf' }))!.chronology;
    expect((await readChildRecord(dsl, childId, { olderThan: bens[0]!.id.toString() }))?.chronology).toEqual(
      [],
    );
    expect((await readChildRecord(dsl, childId, { olderThan: '1; DROP' }))?.chronology).toHaveLength(50);
    // And a page of older entries is no way past the scope.
    for (const user of [otherSchoolDsl, southDsl, frontDoor])
      expect(await readChildRecord(user, childId, { olderThan: newest.olderEntries })).toBeNull();
    // Written only for the reads in reach, each in the chain like any entry (written in the same statement
    // round as the reads: recordAuditWhen).
    const views = await getDb().auditEntry.findMany({ where: { action: 'child.view', subjectId: childId } });
    expect(views).toHaveLength(4);
    expect(views.every((v) => v.actorId === dsl.id && v.partnershipId === school.partnershipId)).toBe(true);
    expect(await verifyAuditChain(getDb())).toMatchObject({ firstBroken: null });
  });

  it('lists the file transfers its school sent or received for its cases, with each receipt, page and PDF', async () => {
    const db = getDb();
    const version = async (id: string) => (await db.concern.findUniqueOrThrow({ where: { id } })).version;
    const today = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
    const send = async (from: SessionUser, c: { id: string; reference: string }, to: string) => {
      await startTransfer(from, {
        reference: c.reference,
        version: await version(c.id),
        to,
        childStartsOn: today,
        note: 'Starts on Monday',
      });
      return (await db.fileTransfer.findFirstOrThrow({ where: { concernId: c.id, status: 'SENT' } })).id;
    };
    const [returned, waiting, accepted] = [
      await concernAbout('Amira', 4),
      await concernAbout('Amira', 4),
      await concernAbout('Amira', 4),
    ];
    const { childId } = await newChild(returned.reference, 'Amira');
    for (const c of [waiting, accepted])
      await linkCaseToChild(dsl, { reference: c.reference, version: 0, childId, linkReason: 'Same pupil' });
    const sendBack = await send(dsl, returned, otherSchool.id);
    await returnTransfer(otherSchoolDsl, { transferId: sendBack, returnReason: 'Amira is not on our roll' });
    await send(dsl, waiting, otherSchool.id);
    // Its receiving school's deadline has passed with no receipt.
    await db.fileTransfer.updateMany({
      where: { concernId: waiting.id },
      data: { dueAt: new Date(Date.now() - 86_400_000) },
    });
    await acceptTransfer(otherSchoolDsl, { transferId: await send(dsl, accepted, otherSchool.id) });

    const lines = (file: ChildFile) =>
      file.transfers.map((t) => [
        t.reference,
        t.outgoing,
        t.otherSchool,
        t.sentBy,
        transferStateText(t),
        t.overdue,
      ]);
    const on = formatDate(new Date());
    const due = async (where: { id?: string; concernId?: string }) =>
      formatDate((await db.fileTransfer.findFirstOrThrow({ where })).dueAt);
    const yesterday = await due({ concernId: waiting.id });
    const file = (await readChildRecord(dsl, childId))!;
    // The accepted case is the new school's now, unlinked from this record on acceptance; the transfer record
    // stays on the child's file (who received it, when), without a link to the case it no longer holds.
    expect(lines(file)).toEqual([
      [returned.reference, true, 'Other Primary', 'Priya', `Returned by Grace on ${on}`, false],
      [waiting.reference, true, 'Other Primary', 'Priya', `Overdue: was due ${yesterday}`, true],
      [accepted.reference, true, 'Other Primary', 'Priya', `Accepted by Grace on ${on}`, false],
    ]);
    expect(file.transfers.map((t) => t.held)).toEqual([true, true, false]);
    expect(file.concerns.map((c) => c.reference)).not.toContain(accepted.reference);
    expect(file.transfers[0]!.returnReason).toBe('Amira is not on our roll');
    const pdf = pdfText(
      await renderChildPdf((await readChildRecord(dsl, childId, { purpose: 'pdf' }))!, 'Priya'),
    );
    for (const text of [
      'File transfers',
      'sent to Other Primary by Priya',
      'Amira is not on our roll',
      'Overdue',
    ])
      expect(pdf).toContain(text);

    // The receiving school links the accepted case to its own record, then sends it on to a third school:
    // its page shows both; the third school's shows only what it received, not the transfer before it.
    const third = await makeSchool(school.partnershipId, { name: 'Third Primary' });
    const thirdDsl = await makeStaff(school.partnershipId, [{ role: 'DSL', schoolId: third.id }], 'Tom');
    const { childId: theirs } = await linkCaseToNewChild(otherSchoolDsl, {
      reference: accepted.reference,
      version: await version(accepted.id),
      childName: 'Amira',
      yearGroup: 4,
      dateOfBirth: undefined,
      newChildReason: 'Joined us',
    });
    const received = [
      accepted.reference,
      false,
      'Home Primary',
      'Priya',
      `Accepted by Grace on ${on}`,
      false,
    ];
    expect(lines((await readChildRecord(otherSchoolDsl, theirs))!)).toEqual([received]);
    const onward = await send(otherSchoolDsl, accepted, third.id);
    expect(lines((await readChildRecord(otherSchoolDsl, theirs))!)).toEqual([
      received,
      [
        accepted.reference,
        true,
        'Third Primary',
        'Grace',
        `Waiting: due ${await due({ id: onward })}`,
        false,
      ],
    ]);
    await acceptTransfer(thirdDsl, { transferId: onward });
    const { childId: thirds } = await linkCaseToNewChild(thirdDsl, {
      reference: accepted.reference,
      version: await version(accepted.id),
      childName: 'Amira',
      yearGroup: 4,
      dateOfBirth: undefined,
      newChildReason: 'Joined us',
    });
    expect(lines((await readChildRecord(thirdDsl, thirds))!)).toEqual([
      [accepted.reference, false, 'Other Primary', 'Grace', `Accepted by Tom on ${on}`, false],
    ]);

    // Out of reach: another school's DSL, the other partnership and the front door get "not found".
    for (const user of [otherSchoolDsl, thirdDsl, southDsl, frontDoor])
      expect(await readChildRecord(user, childId)).toBeNull();

    // Merged into another record of the school, the child's one file keeps every transfer, the accepted one too.
    const later = await concernAbout('Amira', 4);
    const { childId: merged } = await newChild(later.reference, 'Amira');
    await mergeChildRecords(dsl, {
      childId: merged,
      version: 0,
      otherId: childId,
      mergeReason: 'Same pupil',
    });
    expect(lines((await readChildRecord(dsl, merged))!).map((l) => l[0])).toEqual([
      returned.reference,
      waiting.reference,
      accepted.reference,
    ]);
  });
});
