// The session reader against a real database. Only the cookie decoding (next-auth) is replaced, by a
// session naming the row under test: everything the reader decides from the database is real.
import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';

const cookieSession = vi.hoisted(() => ({ sid: '' }));
vi.mock('next-auth', () => ({ getServerSession: async () => ({ sid: cookieSession.sid }) }));

const { getSessionUser } = await import('@/lib/auth/session');
const { revokeSessions } = await import('@/lib/auth/revoke-sessions');

async function signedIn() {
  const user = await getDb().staffUser.create({
    data: { email: `s-${randomBytes(4).toString('hex')}@school.example`, name: 'Sam' },
  });
  const session = await getDb().staffSession.create({ data: { userId: user.id } });
  cookieSession.sid = session.id;
  return { user, session };
}

describe('the session reader', () => {
  beforeEach(() => {
    cookieSession.sid = '';
  });

  it('accepts a live session', async () => {
    const { user } = await signedIn();
    expect(await getSessionUser()).toMatchObject({ id: user.id });
  });

  it('refuses every session of a deactivated account at once', async () => {
    const { user } = await signedIn();
    await getDb().staffUser.update({ where: { id: user.id }, data: { active: false } });
    expect(await getSessionUser()).toBeNull();
  });

  it('refuses a session after sign-out (all the account’s sessions are revoked)', async () => {
    const { user } = await signedIn();
    await getDb().$transaction((tx) => revokeSessions(tx, user.id));
    expect(await getSessionUser()).toBeNull();
  });

  it('refuses a session idle for longer than the idle timeout', async () => {
    const { session } = await signedIn();
    await getDb().staffSession.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    expect(await getSessionUser()).toBeNull();
  });
});
