import { describe, expect, it } from 'vitest';
import { createInvitation } from '@/lib/accounts/create-invitation';
import { invitationSchema } from '@/lib/accounts/invitation-schema';
import { insertInvitation } from '@/lib/auth/invitations/insert-invitation';
import { acceptInvitation } from '@/lib/auth/invitations/accept-invitation';
import { getDb } from '@/lib/db';
import { makePartnership, makeSchool } from '../../support/factories';

async function admin(partnershipId: string) {
  return getDb().staffUser.create({
    data: {
      email: `a${Math.random().toString(36).slice(2)}@example.org`,
      name: 'Admin',
      memberships: { create: { partnershipId, role: 'ADMIN' } },
    },
  });
}

const input = (values: Record<string, string>) => invitationSchema.parse(values);
const roles = (userId: string) =>
  getDb()
    .membership.findMany({ where: { userId }, orderBy: { role: 'asc' } })
    .then((ms) => ms.map((m) => m.role));

describe('an administrator cannot give themselves a role that reads cases', () => {
  it('refuses an invitation to their own address for a case role, and sends nothing', async () => {
    const partnership = await makePartnership();
    const school = await makeSchool(partnership.id);
    const me = await admin(partnership.id);
    const cases: [string, string][] = [
      ['DSL', school.id],
      ['DEPUTY_DSL', school.id],
      ['FRONT_DOOR', ''],
      ['DPO', ''],
    ];
    for (const [role, schoolId] of cases) {
      await expect(
        createInvitation(
          me.id,
          partnership.id,
          input({
            name: 'Me',
            email: ` ${me.email.toUpperCase()} `,
            role,
            ...(schoolId ? { schoolId } : {}),
          }),
        ),
      ).rejects.toThrow(
        'You cannot give yourself a role that can see concerns. Ask another administrator to invite you.',
      );
    }
    expect(await getDb().invitation.count({ where: { partnershipId: partnership.id } })).toBe(0);
    expect(await getDb().outboxEmail.count({ where: { toAddress: me.email } })).toBe(0);
    // A role without case content is theirs to take.
    await createInvitation(
      me.id,
      partnership.id,
      input({ name: 'Me', email: me.email, role: 'PARTNERSHIP_STAFF' }),
    );
  });

  it('will not accept a case role from an invitation the same person made', async () => {
    const partnership = await makePartnership();
    const me = await admin(partnership.id);
    const { token } = await getDb().$transaction((tx) =>
      insertInvitation(tx, {
        partnershipId: partnership.id,
        email: me.email,
        name: 'Me',
        role: 'FRONT_DOOR',
        invitedById: me.id,
      }),
    );
    expect(await acceptInvitation(token, null)).toEqual({ ok: false });
    expect(await roles(me.id)).toEqual(['ADMIN']);
  });

  it('accepts the same role when another administrator invites them', async () => {
    const partnership = await makePartnership();
    const me = await admin(partnership.id);
    const colleague = await admin(partnership.id);
    await createInvitation(
      colleague.id,
      partnership.id,
      input({ name: 'Me', email: me.email, role: 'FRONT_DOOR' }),
    );
    const mail = await getDb().outboxEmail.findFirstOrThrow({ where: { toAddress: me.email } });
    const token = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(mail.textBody)![1]!;
    expect(await acceptInvitation(token, null)).toMatchObject({ ok: true, userId: me.id });
    expect(await roles(me.id)).toEqual(['FRONT_DOOR', 'ADMIN']);
  });
});
