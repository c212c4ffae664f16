// Legal holds by reference, and the DPO's subject access export.
import { beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { runRetention } from '@/lib/retention/run-retention';
import { setLegalHold } from '@/lib/retention/set-legal-hold';
import { exportConcern } from '@/lib/subject-access/export-concern';
import { renderExportText } from '@/lib/subject-access/render-export-text';
import { makePartnership } from '../../support/factories';
import { makeFullConcern, makeReferenceData } from './retention-fixtures';

const db = getDb();
let refs: Awaited<ReturnType<typeof makeReferenceData>>;
let partnershipId: string;
let otherPartnershipId: string;
let dpo: SessionUser;

beforeAll(async () => {
  refs = await makeReferenceData();
  partnershipId = (await makePartnership()).id;
  otherPartnershipId = (await makePartnership()).id;
  const user = await db.staffUser.create({ data: { email: 'dpo@example.org', name: 'Dee Pee' } });
  dpo = {
    id: user.id,
    sessionId: 'x',
    name: user.name,
    email: user.email,
    memberships: [{ role: 'DPO', partnershipId, schoolId: null }],
    partnership: { id: partnershipId, name: 'Test' },
    partnerships: [{ id: partnershipId, name: 'Test' }],
    serviceOperator: false,
  };
});

const expired = {
  status: 'CLOSED' as const,
  childAge: null,
  submittedAt: new Date('2010-01-01'),
  closedAt: new Date('2010-02-01'),
};

describe('legal hold', () => {
  it('keeps a held concern through the night’s run, and lets it go once lifted', async () => {
    const concern = await makeFullConcern(refs, { partnershipId, ...expired });
    await setLegalHold(refs.staffId, partnershipId, {
      reference: concern.reference,
      reason: 'Court order 12',
      hold: true,
    });
    await runRetention(db, new Date());
    const held = await db.concern.findUnique({ where: { id: concern.id } });
    expect(held).toMatchObject({
      legalHold: true,
      legalHoldReason: 'Court order 12',
      legalHoldById: refs.staffId,
    });
    await setLegalHold(refs.staffId, partnershipId, {
      reference: concern.reference,
      reason: 'Case finished',
      hold: false,
    });
    await runRetention(db, new Date());
    expect(await db.concern.count({ where: { id: concern.id } })).toBe(0);
    const audit = await db.auditEntry.findMany({ where: { concernId: concern.id }, orderBy: { id: 'asc' } });
    // Who and when; the reasons are what an administrator typed, so never in the (plain) audit trail.
    expect(audit.map((a) => [a.action, a.detail, a.actorId])).toEqual([
      ['concern.legal-hold.set', null, refs.staffId],
      ['concern.legal-hold.clear', null, refs.staffId],
    ]);
  });

  it('cannot reach another partnership’s concern, and says so without changing anything', async () => {
    const theirs = await makeFullConcern(refs, { partnershipId: otherPartnershipId, ...expired });
    await expect(
      setLegalHold(refs.staffId, partnershipId, { reference: theirs.reference, reason: 'x', hold: true }),
    ).rejects.toBeInstanceOf(UserFacingError);
    expect((await db.concern.findUnique({ where: { id: theirs.id } }))?.legalHold).toBe(false);
  });
});

describe('subject access export', () => {
  it('holds every field about the concern and records the export', async () => {
    const concern = await makeFullConcern(refs, {
      partnershipId,
      childName: 'A.B.',
      reporterName: 'Sam Parent',
      reporterPhone: '07700 900123',
      urgent: true,
      urgencyReasons: ['danger-now'],
    });
    const data = await exportConcern(dpo, partnershipId, concern.reference, 'json');
    expect(data).not.toBeNull();
    expect(data!.concern).toMatchObject({
      urgent: true,
      urgentBecause: ['The parent said a child is in danger right now.'],
    });
    expect(data!.answers).toMatchObject({
      whatHappened: concern.description,
      harms: [expect.stringMatching(/^Harm /)],
    });
    expect(data!.answers.platforms).toHaveLength(1);
    // What the parent said about reporting it to the platform, when they said anything.
    expect(data!.answers).toMatchObject({ alreadyReportedToThePlatform: null });
    expect(data!.answers.platforms[0]).toMatchObject({ whatThePlatformDid: null, toldUsOn: null });
    expect(data!.child).toMatchObject({ nameOrInitials: 'A.B.', age: 9 });
    expect(data!.reporter).toMatchObject({
      name: 'Sam Parent',
      email: 'parent@example.org',
      phone: '07700 900123',
    });
    expect(data!.chronology.map((e) => e.kind)).toEqual(['SUBMITTED', 'DECISION']);
    expect(data!.decisions).toHaveLength(1);
    expect(data!.referrals[0]).toMatchObject({ destination: 'POLICE', theirReference: 'P-1', by: 'Dee Ess' });
    expect(data!.messages[0]).toMatchObject({ body: 'Thank you for telling us.', staff: 'Dee Ess' });
    expect(data!.emails[0]).toMatchObject({
      kind: 'concern.new',
      toAddress: 'dsl@example.org',
      status: 'PENDING',
    });
    expect(data!.emails[0]).not.toHaveProperty('textBody');
    expect(data!.retention).toMatchObject({ legalHold: false, policy: { keepUntilChildAge: 25 } });
    expect(JSON.stringify(data)).not.toContain('not-a-real-hash');
    // The export is itself in the access log it reports.
    expect(data!.accessLog.map((a) => a.action)).toEqual(['concern.subject-access.export']);
    expect(data!.accessLog[0]).toMatchObject({ by: 'Dee Pee' });
    const text = renderExportText(data!);
    expect(text).toContain(concern.description);
    expect(text).toContain('Who opened or changed it (access log)');
    expect(text).toContain('Their reference: P-1');
  });

  it('finds nothing, and records nothing, for another partnership’s reference', async () => {
    const theirs = await makeFullConcern(refs, { partnershipId: otherPartnershipId });
    expect(await exportConcern(dpo, partnershipId, theirs.reference, 'json')).toBeNull();
    expect(await db.auditEntry.count({ where: { concernId: theirs.id } })).toBe(0);
  });
});
