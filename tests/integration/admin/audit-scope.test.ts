import { describe, expect, it } from 'vitest';
import { deactivateAccount } from '@/lib/accounts/manage-account';
import { listAuditEntries } from '@/lib/audit/list-audit-entries';
import { recordAudit, type AuditInput } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { makeConcern, makePartnership, makeSchool } from '../../support/factories';

type Role = 'ADMIN' | 'FRONT_DOOR';

async function staff(...roles: [partnershipId: string, role: Role][]) {
  return getDb().staffUser.create({
    data: {
      email: `s${Math.random().toString(36).slice(2)}@example.org`,
      name: 'Staff',
      memberships: { create: roles.map(([partnershipId, role]) => ({ partnershipId, role })) },
    },
  });
}

const record = (entry: AuditInput) => getDb().$transaction((tx) => recordAudit(tx, entry));
const actionsSeenBy = async (partnershipId: string) =>
  (await listAuditEntries(partnershipId, {})).entries.map((e) => e.action).sort();

describe('the audit page of one partnership', () => {
  it('shows what was done in that partnership only, whoever did it', async () => {
    const [a, b] = [await makePartnership(), await makePartnership()];
    const adminOfA = await staff([a.id, 'ADMIN']);
    const adminOfB = await staff([b.id, 'ADMIN']);
    const shared = await staff([a.id, 'FRONT_DOOR'], [b.id, 'FRONT_DOOR']);
    const concernOfA = await makeConcern({ partnershipId: a.id });
    const concernOfB = await makeConcern({ partnershipId: b.id });

    // Someone who works for both partnerships reads a concern of each.
    await record({ actorId: shared.id, action: 'x.view.a', subject: 'Concern', concernId: concernOfA.id });
    await record({ actorId: shared.id, action: 'x.view.b', subject: 'Concern', concernId: concernOfB.id });
    // The service itself escalates a concern of each.
    await record({ actorId: null, action: 'x.escalate.a', subject: 'Concern', concernId: concernOfA.id });
    await record({ actorId: null, action: 'x.escalate.b', subject: 'Concern', concernId: concernOfB.id });
    // Each partnership's own administrator changes something of theirs.
    await record({ actorId: adminOfA.id, action: 'x.school.a', subject: 'School' });
    await record({ actorId: adminOfB.id, action: 'x.school.b', subject: 'School' });
    // Service-wide work with no partnership (re-encrypting keys) is no one partnership's to see.
    await record({ actorId: null, action: 'x.rewrap', subject: 'DataKey' });
    // An administrator of A ends the shared person's roles in A.
    await deactivateAccount(adminOfA.id, a.id, shared.id);

    expect(await actionsSeenBy(a.id)).toEqual([
      'staff.deactivate.partnership',
      'x.escalate.a',
      'x.school.a',
      'x.view.a',
    ]);
    expect(await actionsSeenBy(b.id)).toEqual(['x.escalate.b', 'x.school.b', 'x.view.b']);
  });

  it('puts a change by an administrator of two partnerships on the page of the school’s partnership', async () => {
    const [a, b] = [await makePartnership(), await makePartnership()];
    const adminOfBoth = await staff([a.id, 'ADMIN'], [b.id, 'ADMIN']);
    const schoolOfB = await makeSchool(b.id);
    await record({
      actorId: adminOfBoth.id,
      action: 'x.school.b',
      subject: 'School',
      subjectId: schoolOfB.id,
    });
    expect(await actionsSeenBy(a.id)).toEqual([]);
    expect(await actionsSeenBy(b.id)).toEqual(['x.school.b']);
  });
});
