import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createInvitation } from '@/lib/accounts/create-invitation';
import { invitationSchema } from '@/lib/accounts/invitation-schema';
import { deactivateAccount, resetTotp } from '@/lib/accounts/manage-account';
import { cancelInvitation, resendInvitation } from '@/lib/accounts/manage-invitation';
import { getDb } from '@/lib/db';
import { listActiveSchools } from '@/lib/schools/list-active-schools';
import { makePartnership, makeSchool } from '../../support/factories';

async function staff(partnershipId: string, role: 'ADMIN' | 'DSL' = 'ADMIN', schoolId: string | null = null) {
  return getDb().staffUser.create({
    data: {
      email: `s${Math.random().toString(36).slice(2)}@example.org`,
      name: 'Staff',
      memberships: { create: { partnershipId, role, schoolId } },
    },
  });
}

const input = (values: Record<string, string>) => invitationSchema.parse(values);

describe('inviting and managing staff', () => {
  it('offers the inviting administrator only their own partnership’s open schools, by name', async () => {
    const [ours, theirs] = [await makePartnership(), await makePartnership()];
    await makeSchool(ours.id, { name: 'Willow Primary' });
    await makeSchool(ours.id, { name: 'Ash Academy' });
    await makeSchool(ours.id, { name: 'Closed Juniors', active: false });
    await makeSchool(theirs.id, { name: 'Another Area High' });
    expect((await listActiveSchools(ours.id)).map((s) => s.name)).toEqual(['Ash Academy', 'Willow Primary']);
  });

  it('invites by email with a hashed token, an expiring link and a queued email without case content', async () => {
    const partnership = await makePartnership();
    const school = await makeSchool(partnership.id, { name: 'Brook Primary' });
    const admin = await staff(partnership.id);
    const invitation = await createInvitation(
      admin.id,
      partnership.id,
      input({ name: 'Nia Okafor', email: 'Nia@Example.org', role: 'DSL', schoolId: school.id }),
    );
    expect(invitation.email).toBe('nia@example.org');
    expect(invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const mail = await getDb().outboxEmail.findFirstOrThrow({ where: { toAddress: 'nia@example.org' } });
    const token = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(mail.textBody)?.[1];
    expect(createHash('sha256').update(token!).digest('hex')).toBe(invitation.tokenHash);
    expect(mail.textBody).toContain('Brook Primary');
    expect(mail.concernId).toBeNull();
    expect(
      await getDb().auditEntry.count({ where: { action: 'invitation.create', actorId: admin.id } }),
    ).toBe(1);

    await resendInvitation(admin.id, partnership.id, invitation.id);
    const after = await getDb().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(after.tokenHash).not.toBe(invitation.tokenHash);
    expect(await getDb().outboxEmail.count({ where: { toAddress: 'nia@example.org' } })).toBe(2);
    await expect(
      createInvitation(
        admin.id,
        partnership.id,
        input({ name: 'Nia', email: 'nia@example.org', role: 'DSL', schoolId: school.id }),
      ),
    ).rejects.toThrow(/already been invited/);
    await cancelInvitation(admin.id, partnership.id, invitation.id);
    await expect(resendInvitation(admin.id, partnership.id, invitation.id)).rejects.toThrow(
      /accepted or cancelled/,
    );
  });

  it('refuses to invite someone who already has the role there, and changes nothing', async () => {
    const partnership = await makePartnership();
    const school = await makeSchool(partnership.id);
    const admin = await staff(partnership.id);
    const dsl = await staff(partnership.id, 'DSL', school.id);
    await expect(
      createInvitation(
        admin.id,
        partnership.id,
        input({ name: 'Again', email: dsl.email.toUpperCase(), role: 'DSL', schoolId: school.id }),
      ),
    ).rejects.toThrow('This person already has an account with this role. Nothing has been changed.');
    expect(await getDb().invitation.count({ where: { partnershipId: partnership.id } })).toBe(0);
    expect(await getDb().outboxEmail.count({ where: { toAddress: dsl.email } })).toBe(0);
    const elsewhere = await makeSchool((await makePartnership()).id);
    await expect(
      createInvitation(
        admin.id,
        partnership.id,
        input({ name: 'X', email: 'x@example.org', role: 'DSL', schoolId: elsewhere.id }),
      ),
    ).rejects.toThrow('Select the school');
    // A different role for the same person is a proper invitation.
    await createInvitation(
      admin.id,
      partnership.id,
      input({ name: 'Again', email: dsl.email, role: 'PARTNERSHIP_STAFF' }),
    );
  });

  it('asks for a school for school roles', () => {
    const result = invitationSchema.safeParse({ name: 'A', email: 'a@example.org', role: 'DEPUTY_DSL' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['schoolId'], message: 'Select the school' });
  });

  it('deactivation and a TOTP reset end every session at once', async () => {
    const partnership = await makePartnership();
    const admin = await staff(partnership.id);
    const user = await staff(partnership.id, 'ADMIN');
    const db = getDb();
    await db.staffSession.createMany({ data: [{ userId: user.id }, { userId: user.id }] });
    await db.staffUser.update({
      where: { id: user.id },
      data: { totpSecret: 'SECRET', totpEnrolledAt: new Date(), totpLastStep: 5n },
    });
    await db.recoveryCode.create({ data: { userId: user.id, codeHash: 'x' } });

    await resetTotp(admin.id, partnership.id, user.id);
    const reset = await db.staffUser.findUniqueOrThrow({
      where: { id: user.id },
      omit: { totpSecret: false },
    });
    expect(reset).toMatchObject({
      totpSecret: null,
      totpEnrolledAt: null,
      totpLastStep: null,
      sessionVersion: 1,
    });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.staffSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);

    await db.staffSession.create({ data: { userId: user.id } });
    await deactivateAccount(admin.id, partnership.id, user.id);
    const gone = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(gone).toMatchObject({ active: false, sessionVersion: 2 });
    expect(await db.staffSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(
      (await db.auditEntry.findMany({ where: { subjectId: user.id }, orderBy: { id: 'asc' } })).map(
        (e) => e.action,
      ),
    ).toEqual(['staff.totp.reset', 'staff.deactivate']);
  });

  it('cannot reach accounts of another partnership, nor deactivate oneself', async () => {
    const mine = await makePartnership();
    const theirs = await makePartnership();
    const admin = await staff(mine.id);
    const other = await staff(theirs.id);
    await expect(deactivateAccount(admin.id, mine.id, other.id)).rejects.toThrow(/not in your partnership/);
    await expect(deactivateAccount(admin.id, mine.id, admin.id)).rejects.toThrow(/your own account/);
    expect((await getDb().staffUser.findUniqueOrThrow({ where: { id: other.id } })).active).toBe(true);
  });
});
