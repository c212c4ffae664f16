import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';
import * as schemas from '@/lib/cases/case-form-schemas';
import { acknowledgeCase } from '@/lib/cases/acknowledge-case';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { assignCase } from '@/lib/cases/assign-case';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { STALE_CASE_MESSAGE } from '@/lib/cases/change-case';
import { NotFoundError } from '@/lib/errors';
import { messageReporter } from '@/lib/cases/message-reporter';
import { rateCaseRisk } from '@/lib/cases/rate-case-risk';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { recordCaseDecision } from '@/lib/cases/record-case-decision';
import { recordCaseReferral } from '@/lib/cases/record-case-referral';
import { recordInformationSharing } from '@/lib/cases/record-information-sharing';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';
import { makeStaff } from '../support/case-staff';

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
    reporterEmail: 'parent@example.com',
    reporterAnonymous: false,
  });
});

const target = () => ({ reference: concern.reference, version: 0 });
const events = (kind: string) =>
  getDb().concernEvent.findMany({ where: { concernId: concern.id, kind: kind as never } });
const audits = (action: string) => getDb().auditEntry.findMany({ where: { concernId: concern.id, action } });

describe('changing a case', () => {
  it('acknowledges a new case on first view by the app’s own navigation, once, and logs every view', async () => {
    await readCaseRecord(dsl, concern.reference, 'view', { acknowledge: true });
    await readCaseRecord(deputy, concern.reference, 'view', { acknowledge: true });
    const row = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(row.status).toBe('OPENED');
    expect(row.firstOpenedAt).not.toBeNull();
    expect(await events('OPENED')).toHaveLength(1);
    expect(await audits('concern.view')).toHaveLength(2);
    expect(await audits('concern.open')).toHaveLength(1);
  });

  it('shows a case opened by a plain link (say from another site) without acknowledging it', async () => {
    const record = await readCaseRecord(dsl, concern.reference, 'view');
    expect(record?.firstOpenedAt).toBeNull();
    const row = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(row.status).toBe('NEW');
    expect(row.firstOpenedAt).toBeNull();
    expect(await events('OPENED')).toHaveLength(0);
    expect(await audits('concern.view')).toHaveLength(1);
  });

  it('acknowledges a case when a team member presses Mark as read, and only a team member', async () => {
    await expect(acknowledgeCase(otherDsl, target())).rejects.toBeInstanceOf(NotFoundError);
    await expect(acknowledgeCase(dsl, { ...target(), version: 7 })).rejects.toThrow(STALE_CASE_MESSAGE);
    expect(await events('OPENED')).toHaveLength(0);
    await acknowledgeCase(deputy, target());
    await acknowledgeCase(dsl, { ...target(), version: 1 });
    const row = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(row.status).toBe('OPENED');
    expect(row.firstOpenedAt).not.toBeNull();
    expect(await events('OPENED')).toHaveLength(1);
    expect(await audits('concern.open')).toHaveLength(1);
  });

  it('writes each change with its chronology entry and audit entry, and bumps the version', async () => {
    await addCaseNote(dsl, { ...target(), note: 'Spoke to the class teacher.' });
    await recordCaseDecision(dsl, {
      reference: concern.reference,
      version: 1,
      decision: 'Speak to the child',
      decisionReason: 'Still in contact',
    });
    await rateCaseRisk(dsl, {
      reference: concern.reference,
      version: 2,
      riskLevel: 'HIGH',
      rationale: 'Threats made',
    });
    await recordInformationSharing(dsl, {
      reference: concern.reference,
      version: 3,
      shared: 'NOT_SHARED',
      sharingReason: 'Parent already told police',
    });
    await recordCaseReferral(dsl, {
      reference: concern.reference,
      version: 4,
      destination: 'CEOP',
      referredOn: new Date('2026-01-02'),
      theirReference: 'C-1',
    });
    const row = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(row.version).toBe(5);
    expect(row.riskLevel).toBe('HIGH');
    expect((await events('DECISION'))[0]?.detail).toEqual({ reason: 'Still in contact' });
    expect((await events('INFORMATION_SHARING'))[0]?.detail).toMatchObject({ decision: 'not shared' });
    expect(await getDb().referral.count({ where: { concernId: concern.id, destination: 'CEOP' } })).toBe(1);
    for (const action of [
      'concern.note.add',
      'concern.decision.add',
      'concern.risk.rate',
      'concern.information-sharing.add',
      'concern.referral.add',
    ])
      expect(await audits(action)).toHaveLength(1);
  });

  it('answers another school’s DSL with a NotFoundError (the web layer shows "not found") and writes nothing', async () => {
    await expect(addCaseNote(otherDsl, { ...target(), note: 'Not mine' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const row = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(row.version).toBe(0);
    expect(await events('NOTE')).toHaveLength(0);
  });

  it('refuses a stale edit with a message and writes nothing', async () => {
    await addCaseNote(dsl, { ...target(), note: 'First' });
    await expect(addCaseNote(deputy, { ...target(), note: 'Made from an old page' })).rejects.toThrow(
      STALE_CASE_MESSAGE,
    );
    expect(await events('NOTE')).toHaveLength(1);
    expect(await audits('concern.note.add')).toHaveLength(1);
  });

  it('rolls the whole change back when the audit entry cannot be written', async () => {
    const db = getDb();
    await db.$executeRawUnsafe(
      `CREATE FUNCTION fail_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit down'; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_audit BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION fail_audit()`,
    );
    try {
      await expect(addCaseNote(dsl, { ...target(), note: 'Lost' })).rejects.toThrow();
      expect(await events('NOTE')).toHaveLength(0);
      expect((await db.concern.findUniqueOrThrow({ where: { id: concern.id } })).version).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_audit ON "AuditEntry"`);
    }
  });

  it('refuses a decision without a reason, and forms with extra or forged fields', () => {
    expect(
      schemas.decisionSchema.safeParse({ ...target(), decision: 'Refer', decisionReason: '  ' }).error
        ?.issues[0]?.message,
    ).toBe('Enter the reason for the decision');
    expect(schemas.noteSchema.safeParse({ ...target(), note: 'x', schoolId: 'forged' }).success).toBe(false);
    expect(schemas.noteSchema.safeParse({ ...target(), note: 'x', $ACTION_KEY: 'k' }).success).toBe(true);
    expect(schemas.statusSchema.safeParse({ ...target(), status: 'CLOSED' }).success).toBe(false);
  });

  it('refuses to assign the case to someone outside its school’s team', async () => {
    await expect(assignCase(dsl, { ...target(), assigneeId: otherDsl.id })).rejects.toThrow(
      /safeguarding team/,
    );
    await expect(
      assignCase(dsl, { ...target(), assigneeId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toThrow(/safeguarding team/);
    await assignCase(dsl, { ...target(), assigneeId: deputy.id });
    expect((await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } })).assignedToId).toBe(
      deputy.id,
    );
    expect(await events('ASSIGNED')).toHaveLength(1);
  });

  it('closes with an outcome and re-opens only with a reason', async () => {
    await changeCaseStatus(dsl, {
      ...target(),
      status: 'CLOSED',
      outcome: 'Advice given',
      statusReason: 'No further risk',
    });
    await expect(
      changeCaseStatus(dsl, { reference: concern.reference, version: 1, status: 'UNDER_REVIEW' }),
    ).rejects.toThrow(/re-opening/);
    await changeCaseStatus(dsl, {
      reference: concern.reference,
      version: 1,
      status: 'UNDER_REVIEW',
      statusReason: 'New information',
    });
    const row = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(row.status).toBe('UNDER_REVIEW');
    expect(row.closedAt).toBeNull();
    expect(await events('STATUS_CHANGED')).toHaveLength(2);
  });

  it('messages the reporter and queues an email without its content', async () => {
    await messageReporter(dsl, { ...target(), body: 'Could you tell us when this started?' });
    const message = await getDb().message.findFirstOrThrow({ where: { concernId: concern.id } });
    expect(message).toMatchObject({ author: 'STAFF', staffId: dsl.id });
    const outbox = await getDb().outboxEmail.findMany({ where: { concernId: concern.id } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.toAddress).toBe('parent@example.com');
    expect(outbox[0]?.textBody).not.toContain('when this started');
    expect(await events('MESSAGE_TO_REPORTER')).toHaveLength(1);
    expect(await audits('concern.message.send')).toHaveLength(1);
  });

  it('marks the reporter’s messages read when a team member views the case', async () => {
    await getDb().message.create({
      data: { concernId: concern.id, author: 'REPORTER', body: 'More detail' },
    });
    await readCaseRecord(deputy, concern.reference, 'view', { acknowledge: true });
    expect(
      (await getDb().message.findFirstOrThrow({ where: { concernId: concern.id } })).readAt,
    ).not.toBeNull();
  });
});
