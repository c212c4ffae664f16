// The partnership setting "people may also sign in with a password": off, a member who has a work account
// bound there must use it; everyone else, and everyone while it is on, signs in with a password as before.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/hash-password';
import { getPasswordSignIn, setPasswordSignIn } from '@/lib/auth/providers/password-sign-in-setting';
import { checkStaffPassword } from '@/lib/auth/sign-in/check-staff-password';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { makePartnership } from '../support/factories';

afterAll(() => closeRateLimits());

const PASSWORD = 'otter lantern quietly';
const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomBytes(2).toString('hex')}`;

async function member(passwordSignIn: boolean, bound: boolean) {
  const p = await makePartnership();
  await getDb().partnership.update({ where: { id: p.id }, data: { passwordSignIn } });
  const email = `staff-${randomBytes(4).toString('hex')}@school.example`;
  const user = await getDb().staffUser.create({
    data: {
      email,
      name: 'Sam Staff',
      passwordHash: await hashPassword(PASSWORD),
      memberships: { create: { role: 'ADMIN', partnershipId: p.id } },
    },
  });
  if (bound) {
    const provider = await getDb().signInProvider.create({
      data: { partnershipId: p.id, kind: 'GOOGLE', displayName: 'Google', clientId: 'c', clientSecret: 's' },
    });
    await getDb().signInIdentity.create({
      data: { providerId: provider.id, subject: email, userId: user.id },
    });
  }
  return { email, userId: user.id, partnershipId: p.id };
}

describe('the password sign-in setting', () => {
  it('sends a member with a bound work account to it when passwords are off', async () => {
    const { email } = await member(false, true);
    expect(await checkStaffPassword(email, PASSWORD, address())).toEqual({
      ok: false,
      reason: 'work-account',
    });
  });

  it('still lets a member with no work account bound use a password', async () => {
    const { email, userId } = await member(false, false);
    expect(await checkStaffPassword(email, PASSWORD, address())).toMatchObject({ ok: true, userId });
  });

  it('lets everyone use a password while it is on (the default)', async () => {
    const { email, userId } = await member(true, true);
    expect(await checkStaffPassword(email, PASSWORD, address())).toMatchObject({ ok: true, userId });
  });

  it('says nothing about work accounts to someone with the wrong password', async () => {
    const { email } = await member(false, true);
    expect(await checkStaffPassword(email, 'wrong password here', address())).toEqual({
      ok: false,
      reason: 'wrong',
    });
  });

  it('is turned off by an administrator, with an audit entry, and then applies at once', async () => {
    const { email, userId, partnershipId } = await member(true, true);
    expect(await getPasswordSignIn(partnershipId)).toBe(true);
    await setPasswordSignIn(userId, partnershipId, false);
    expect(await getPasswordSignIn(partnershipId)).toBe(false);
    expect(await checkStaffPassword(email, PASSWORD, address())).toMatchObject({ reason: 'work-account' });
    const entry = await getDb().auditEntry.findFirst({
      where: { action: 'partnership.password-sign-in.update', partnershipId },
    });
    expect(entry?.detail).toEqual({ passwordSignIn: false });
  });
});
