import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { listAuditEntries } from '@/lib/audit/list-audit-entries';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { NotFoundError } from '@/lib/errors';
import type { SessionUser } from '@/lib/auth/session';
import { closeRateLimits, LIMITS } from '@/lib/rate-limit/rate-limit';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';
import { makeStaff } from '../support/case-staff';

afterAll(() => closeRateLimits());

let partnershipId: string;
let otherPartnershipId: string;
let schoolA: string;
let caseB: { id: string; reference: string };
let admin: SessionUser;
let otherAdmin: SessionUser;

beforeAll(async () => {
  partnershipId = (await makePartnership()).id;
  otherPartnershipId = (await makePartnership()).id;
  schoolA = (await makeSchool(partnershipId)).id;
  const schoolB = (await makeSchool(partnershipId)).id;
  caseB = await makeConcern({
    partnershipId,
    schoolId: schoolB,
    route: 'SCHOOL',
    description: 'SECRET WORDS',
  });
  admin = await makeStaff(partnershipId, [{ role: 'ADMIN' }]);
  otherAdmin = await makeStaff(otherPartnershipId, [{ role: 'ADMIN' }]);
});

const refusals = (actorId: string) =>
  getDb().auditEntry.findMany({ where: { actorId, action: 'security.case-look-up-refused' } });

describe('a refused case look-up', () => {
  it('is recorded for the administrators of the partnership of whoever asked, with no case content', async () => {
    const dsl = await makeStaff(partnershipId, [{ role: 'DSL', schoolId: schoolA }], 'Prying Dsl');
    expect(await readCaseRecord(dsl, caseB.reference.toLowerCase(), 'view')).toBeNull();

    const entries = await refusals(dsl.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ partnershipId, concernId: null, subjectId: caseB.reference });
    expect(JSON.stringify(entries[0]!.detail ?? null)).not.toContain('SECRET');

    const page = await listAuditEntries(partnershipId, { action: 'security' });
    expect(page.entries.map((e) => e.actor?.name)).toContain('Prying Dsl');
    const elsewhere = await listAuditEntries(otherPartnershipId, { action: 'security' });
    expect(elsewhere.entries).toHaveLength(0);
  });

  it('is recorded for a print, a PDF and a change as well as a view, but not for a case the user may open', async () => {
    const dsl = await makeStaff(partnershipId, [{ role: 'DSL', schoolId: schoolA }]);
    const own = await makeConcern({ partnershipId, schoolId: schoolA, route: 'SCHOOL' });
    expect(await readCaseRecord(dsl, own.reference, 'view')).not.toBeNull();
    expect(await refusals(dsl.id)).toHaveLength(0);

    await readCaseRecord(dsl, caseB.id, 'pdf');
    await readCaseRecord(dsl, caseB.reference, 'print');
    // The action wrapper turns this into Next's "not found" (tests/unit/define-action.test.ts).
    await expect(
      addCaseNote(dsl, { reference: caseB.reference, version: 0, note: 'x' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await refusals(dsl.id)).toHaveLength(3);
    expect(await getDb().auditEntry.count({ where: { concernId: caseB.id } })).toBe(0);
  });

  it('emails the partnership’s administrators once when one person has many refused in an hour', async () => {
    const dsl = await makeStaff(partnershipId, [{ role: 'DSL', schoolId: schoolA }], 'Prying Dsl');
    const alerts = () =>
      getDb().outboxEmail.findMany({
        where: { kind: 'staff.case-look-ups-refused', toAddress: admin.email },
      });
    const before = (await alerts()).length;
    const many = LIMITS['cases.look-up-refused.alert'].points;
    for (let i = 0; i < many - 1; i += 1) await readCaseRecord(dsl, caseB.reference, 'view');
    expect(await alerts()).toHaveLength(before);

    for (let i = 0; i < 5; i += 1) await readCaseRecord(dsl, caseB.reference, 'view');
    const mails = await alerts();
    expect(mails).toHaveLength(before + 1);
    const mail = mails.at(-1)!;
    expect(mail.textBody).toMatch(/cases they cannot see/);
    expect(mail.textBody).not.toContain(caseB.reference);
    expect(mail.textBody).not.toContain('SECRET');
    expect(mail.concernId).toBeNull();
    const elsewhere = await getDb().outboxEmail.count({ where: { toAddress: otherAdmin.email } });
    expect(elsewhere).toBe(0);
  });
});
