// The case page stays the same size however often the case is read (issue 22 item 11), and a step on the
// record can bring its status and assignment with it, asked for, in one change (item 12).
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';
import { referralSchema } from '@/lib/cases/case-form-schemas';
import { accessLogSummary } from '@/lib/cases/case-record-rows';
import { STALE_CASE_MESSAGE } from '@/lib/cases/change-case';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { ACCESS_LOG_PAGE_SIZE } from '@/lib/cases/read-access-log';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { recordCaseAction } from '@/lib/cases/record-case-action';
import { recordCaseReferral } from '@/lib/cases/record-case-referral';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';
import { makeStaff } from '../support/case-staff';
import { outline, statementsSent } from '../support/statements-sent';

let dsl: SessionUser;
let deputy: SessionUser;
let otherDsl: SessionUser;
let concern: { id: string; reference: string };

beforeEach(async () => {
  const p = await makePartnership();
  const school = await makeSchool(p.id);
  const other = await makeSchool(p.id);
  dsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: school.id }], 'Priya');
  deputy = await makeStaff(p.id, [{ role: 'DEPUTY_DSL', schoolId: school.id }], 'Tom');
  otherDsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: other.id }], 'Grace');
  concern = await makeConcern({
    partnershipId: p.id,
    schoolId: school.id,
    route: 'SCHOOL',
    status: 'OPENED',
  });
});

const target = (version = 0) => ({ reference: concern.reference, version });
const row = () => getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
const events = () =>
  getDb().concernEvent.findMany({ where: { concernId: concern.id }, orderBy: { id: 'asc' } });
const audits = () =>
  getDb().auditEntry.findMany({ where: { concernId: concern.id }, orderBy: { id: 'asc' } });

describe('the access log on the case page', () => {
  it('summarises every view by person and pages the full log, newest first, 25 a page', async () => {
    for (let i = 0; i < 40; i += 1) await readCaseRecord(dsl, concern.reference, 'view');
    await addCaseNote(deputy, { ...target(), note: 'Spoke to the class teacher.' });
    for (let i = 0; i < 3; i += 1) await readCaseRecord(deputy, concern.reference, 'view');
    await readCaseRecord(deputy, concern.reference, 'print');

    const first = await readCaseRecord(dsl, concern.reference, 'view');
    // 41 views by Priya, 3 views, a print and a note by Tom: 46 entries.
    expect(first!.access.summary).toMatchObject({ entries: 46, views: 45, people: 2 });
    expect(first!.access.summary.lastView).toMatchObject({ name: 'Priya' });
    expect(first!.access.summary.byPerson).toEqual([
      expect.objectContaining({ name: 'Priya', views: 41, changes: 0 }),
      expect.objectContaining({ name: 'Tom', views: 4, changes: 1 }),
    ]);
    expect(accessLogSummary(first!)).toMatch(
      /^Viewed, printed or downloaded 45 times by 2 people; last by Priya on /,
    );
    expect(first!.access.page).toMatchObject({ number: 1, count: 2 });
    expect(first!.access.page.entries).toHaveLength(ACCESS_LOG_PAGE_SIZE);
    expect(first!.access.page.entries[0]).toMatchObject({ action: 'concern.view', actor: { name: 'Priya' } });

    const second = await readCaseRecord(dsl, concern.reference, 'view', { accessPage: 2 });
    // This read added one more entry: 47, so 22 on the second page, the oldest last.
    expect(second!.access.page).toMatchObject({ number: 2, count: 2 });
    expect(second!.access.page.entries).toHaveLength(22);
    const ats = second!.access.page.entries.map((e) => e.at.getTime());
    expect([...ats].sort((a, b) => b - a)).toEqual(ats);
    const all = await audits();
    expect(second!.access.page.entries.at(-1)!.id).toBe(all[0]!.id);

    // A page past the end shows the last page; nonsense shows the first.
    const past = await readCaseRecord(dsl, concern.reference, 'view', { accessPage: 99 });
    expect(past!.access.page.number).toBe(2);
    const nonsense = await readCaseRecord(dsl, concern.reference, 'view', { accessPage: -3 });
    expect(nonsense!.access.page.number).toBe(1);
  });

  it('gives the print view and the PDF the summary without reading a page of entries', async () => {
    await readCaseRecord(dsl, concern.reference, 'view');
    const printed = await readCaseRecord(deputy, concern.reference, 'print');
    expect(printed!.access.page.entries).toEqual([]);
    expect(accessLogSummary(printed!)).toMatch(
      /^Viewed, printed or downloaded 2 times by 2 people; last by Tom on /,
    );
  });
});

describe('what a case page costs', () => {
  it('reads a DSL’s own case in 8 statements: the record with its relations in one, nothing asked twice', async () => {
    await addCaseNote(deputy, { ...target(), note: 'Spoke to the class teacher.' });
    await readCaseRecord(dsl, concern.reference, 'view');
    const { sent, result } = await statementsSent(() => readCaseRecord(dsl, concern.reference, 'view'));
    expect(result?.sharedReadOnly).toBe(false);
    expect(result?.events.length).toBeGreaterThan(0);
    // Pinned (docs/performance.md): BEGIN, the case in scope, the audit entry, the record (relation joins),
    // its team, the access log (one: lib/cases/read-access-log.ts), the closing messages, COMMIT. A statement
    // more is a regression.
    expect(outline(sent)).toHaveLength(8);
  });
});

describe('a step that brings its status and assignment with it', () => {
  const referral = (also?: string[]) =>
    referralSchema.parse({
      ...target(),
      destination: 'POLICE',
      referredOn: '1/12/2026',
      ...(also ? { also } : {}),
    });

  it('changes nothing else unless asked', async () => {
    await recordCaseReferral(dsl, referral());
    const after = await row();
    expect(after).toMatchObject({ status: 'OPENED', assignedToId: null, version: 1 });
    expect((await events()).map((e) => e.kind)).toEqual(['REFERRAL']);
  });

  it('sets the status to Referred and assigns the case to the DSL in the same change, each recorded', async () => {
    await recordCaseReferral(dsl, referral(['status', 'assign']));
    const after = await row();
    expect(after).toMatchObject({ status: 'REFERRED', assignedToId: dsl.id, version: 1 });
    const kinds = (await events()).map((e) => [e.kind, e.summary]);
    expect(kinds).toEqual([
      ['REFERRAL', 'Referred to Police.'],
      ['STATUS_CHANGED', 'Status changed to referred.'],
      ['ASSIGNED', 'Assigned to Priya.'],
    ]);
    const actions = (await audits()).map((a) => a.action);
    expect(actions).toEqual(['concern.referral.add', 'concern.status.change', 'concern.assign']);
  });

  it('offers a matching status for an action taken', async () => {
    await recordCaseAction(dsl, { ...target(), actionTaken: 'Called the parent', also: ['status'] });
    expect(await row()).toMatchObject({ status: 'ACTION_TAKEN', assignedToId: null });
  });

  it('refuses the whole step when the case changed since the page was loaded, writing nothing', async () => {
    await addCaseNote(deputy, { ...target(), note: 'First' });
    await expect(recordCaseReferral(dsl, referral(['status', 'assign']))).rejects.toThrow(STALE_CASE_MESSAGE);
    expect(await row()).toMatchObject({ status: 'OPENED', assignedToId: null, version: 1 });
    expect(await getDb().referral.count({ where: { concernId: concern.id } })).toBe(0);
  });

  it('refuses a status the step does not lead to, and an assignment outside the team', async () => {
    await expect(
      addCaseNote(dsl, { ...target(), note: 'A note cannot move the status', also: ['status'] }),
    ).rejects.toThrow(/status/);
    await expect(recordCaseReferral(otherDsl, referral(['assign']))).rejects.toThrow();
    expect(await row()).toMatchObject({ status: 'OPENED', assignedToId: null, version: 0 });
  });

  it('refuses to move a referred case to referred again', async () => {
    await getDb().concern.update({ where: { id: concern.id }, data: { status: 'REFERRED' } });
    await expect(recordCaseReferral(dsl, referral(['status']))).rejects.toThrow(/status/);
  });
});
