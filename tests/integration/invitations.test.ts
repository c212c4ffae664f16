import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/hash-password';
import { acceptInvitation } from '@/lib/auth/invitations/accept-invitation';
import { insertInvitation } from '@/lib/auth/invitations/insert-invitation';
import { findOpenInvitation } from '@/lib/auth/invitations/find-invitation';
import { getDb } from '@/lib/db';
import { makePartnership, makeSchool } from '../support/factories';

const details = { name: 'Dee Lead', password: 'otter lantern quietly' };

async function invite(overrides: { email?: string; expiresAt?: Date } = {}) {
  const partnership = await makePartnership();
  const school = await makeSchool(partnership.id);
  const email = overrides.email ?? `new-${randomBytes(4).toString('hex')}@school.example`;
  const made = await getDb().$transaction((tx) =>
    insertInvitation(tx, {
      partnershipId: partnership.id,
      schoolId: school.id,
      email,
      name: 'Dee',
      role: 'DSL',
      ...overrides,
    }),
  );
  return { ...made, email, school };
}

describe('invitations', () => {
  it('store only a hash of the token, and create the account with its role once', async () => {
    const { id, token, email, school } = await invite();
    expect((await getDb().invitation.findUniqueOrThrow({ where: { id } })).tokenHash).not.toBe(token);
    expect(await findOpenInvitation(token)).toMatchObject({ email, hasAccount: false });
    const accepted = await acceptInvitation(token, details);
    expect(accepted).toMatchObject({ ok: true, newAccount: true });
    const user = await getDb().staffUser.findUniqueOrThrow({
      where: { email },
      include: { memberships: true },
      omit: { passwordHash: false, totpSecret: false },
    });
    expect(user.name).toBe('Dee Lead');
    expect(await verifyPassword(user.passwordHash, details.password)).toBe(true);
    // The authenticator is not set up until the first sign-in confirms a code.
    expect(user.totpSecret).toBeTruthy();
    expect(user.totpEnrolledAt).toBeNull();
    expect(user.memberships).toMatchObject([{ role: 'DSL', schoolId: school.id }]);
    expect(await findOpenInvitation(token)).toBeNull();
    expect(await acceptInvitation(token, { ...details, password: 'another passphrase' })).toEqual({
      ok: false,
    });
  });

  it('an expired or cancelled invitation cannot be accepted', async () => {
    const expired = await invite({ expiresAt: new Date(Date.now() - 1000) });
    expect(await findOpenInvitation(expired.token)).toBeNull();
    expect(await acceptInvitation(expired.token, details)).toEqual({ ok: false });
    const cancelled = await invite();
    await getDb().invitation.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
    expect(await findOpenInvitation(cancelled.token)).toBeNull();
    expect(await acceptInvitation(cancelled.token, details)).toEqual({ ok: false });
    expect(
      await getDb().staffUser.count({ where: { email: { in: [expired.email, cancelled.email] } } }),
    ).toBe(0);
  });

  it('an existing account gains the role and keeps its password', async () => {
    const email = `known-${randomBytes(4).toString('hex')}@school.example`;
    const existing = await getDb().staffUser.create({
      data: { email, name: 'Known', passwordHash: await hashPassword('my own passphrase') },
    });
    const { token, school } = await invite({ email });
    expect(await findOpenInvitation(token)).toMatchObject({ hasAccount: true });
    expect(await acceptInvitation(token, null)).toMatchObject({
      ok: true,
      userId: existing.id,
      newAccount: false,
    });
    const after = await getDb().staffUser.findUniqueOrThrow({
      where: { id: existing.id },
      include: { memberships: true },
      omit: { passwordHash: false },
    });
    expect(await verifyPassword(after.passwordHash, 'my own passphrase')).toBe(true);
    expect(after.memberships.map((m) => m.schoolId)).toEqual([school.id]);
  });

  it('a garbled token is simply not found', async () => {
    expect(await findOpenInvitation('not-a-token')).toBeNull();
    expect(await findOpenInvitation('a'.repeat(43))).toBeNull();
  });
});
