import { describe, expect, it } from 'vitest';
import { deactivateAccount, reactivateAccount, resetTotp } from '@/lib/accounts/manage-account';
import { getDb } from '@/lib/db';
import { makePartnership } from '../../support/factories';

type Role = 'ADMIN' | 'DSL' | 'FRONT_DOOR';

/** A member of staff with the given role in each of the given partnerships. */
async function staff(...roles: [partnershipId: string, role: Role][]) {
  return getDb().staffUser.create({
    data: {
      email: `s${Math.random().toString(36).slice(2)}@example.org`,
      name: 'Staff',
      totpSecret: 'SECRET',
      totpEnrolledAt: new Date(),
      memberships: { create: roles.map(([partnershipId, role]) => ({ partnershipId, role })) },
    },
  });
}

async function twoPartnerships() {
  const [a, b] = [await makePartnership(), await makePartnership()];
  const adminOfA = await staff([a.id, 'ADMIN']);
  const shared = await staff([a.id, 'FRONT_DOOR'], [b.id, 'FRONT_DOOR']);
  await getDb().staffSession.create({ data: { userId: shared.id } });
  return { a, b, adminOfA, shared };
}

const account = (id: string) =>
  getDb().staffUser.findUniqueOrThrow({
    where: { id },
    omit: { totpSecret: false },
    include: { memberships: true },
  });

describe('an account with roles in two partnerships, managed by an administrator of one', () => {
  it('deactivating it ends its roles in the administrator’s partnership only, and signs it out', async () => {
    const { a, b, adminOfA, shared } = await twoPartnerships();
    await deactivateAccount(adminOfA.id, a.id, shared.id);
    const after = await account(shared.id);
    expect(after.active).toBe(true);
    expect(after.memberships.map((m) => m.partnershipId)).toEqual([b.id]);
    expect(await getDb().staffSession.count({ where: { userId: shared.id, revokedAt: null } })).toBe(0);
    const entry = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'staff.deactivate.partnership', subjectId: shared.id },
    });
    expect(entry).toMatchObject({
      actorId: adminOfA.id,
      detail: { partnershipId: a.id, roles: ['FRONT_DOOR'] },
    });
  });

  it('cannot reset its authenticator, which is the whole account’s', async () => {
    const { a, adminOfA, shared } = await twoPartnerships();
    await expect(resetTotp(adminOfA.id, a.id, shared.id)).rejects.toThrow(
      'This person also has roles in another partnership. An administrator of every partnership they work in must reset their authenticator.',
    );
    const after = await account(shared.id);
    expect(after.totpSecret).toBe('SECRET');
    expect(await getDb().staffSession.count({ where: { userId: shared.id, revokedAt: null } })).toBe(1);
  });

  it('cannot reactivate it when it was deactivated as a whole', async () => {
    const { a, b, adminOfA, shared } = await twoPartnerships();
    await getDb().staffUser.update({ where: { id: shared.id }, data: { active: false } });
    await expect(reactivateAccount(adminOfA.id, a.id, shared.id)).rejects.toThrow(
      'This person also has roles in another partnership. An administrator of every partnership they work in must reactivate their account.',
    );
    expect((await account(shared.id)).active).toBe(false);
    // An administrator of both may.
    const adminOfBoth = await staff([a.id, 'ADMIN'], [b.id, 'ADMIN']);
    await reactivateAccount(adminOfBoth.id, a.id, shared.id);
    expect((await account(shared.id)).active).toBe(true);
  });

  it('an administrator of every partnership it belongs to acts on the whole account', async () => {
    const { a, b, shared } = await twoPartnerships();
    const adminOfBoth = await staff([a.id, 'ADMIN'], [b.id, 'ADMIN']);
    await resetTotp(adminOfBoth.id, a.id, shared.id);
    expect((await account(shared.id)).totpSecret).toBeNull();
    await deactivateAccount(adminOfBoth.id, a.id, shared.id);
    const after = await account(shared.id);
    expect(after.active).toBe(false);
    expect(after.memberships).toHaveLength(2);
  });
});
