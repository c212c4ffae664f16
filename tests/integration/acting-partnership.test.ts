// A member of staff with roles in two partnerships (a police officer on two boards) acts for one at a
// time, chosen explicitly. The session reader gives them only the roles of the partnership they act for,
// so every check and every query that follows is confined to it. Only the cookie decoding (next-auth) is
// replaced, by a session naming the row under test.
import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';

const cookieSession = vi.hoisted(() => ({ sid: '' }));
vi.mock('next-auth', () => ({ getServerSession: async () => ({ sid: cookieSession.sid }) }));

const { getSessionUser } = await import('@/lib/auth/session');
const { switchPartnership } = await import('@/lib/auth/switch-partnership');
const { partnershipFor } = await import('@/lib/auth/require-partnership');

const unique = () => randomBytes(4).toString('hex');

async function partnership(name: string) {
  return getDb().partnership.create({ data: { slug: `p-${unique()}`, name: `${name} ${unique()}` } });
}

/** Someone who is front door in `first` and partnership staff in `second`, signed in. */
async function officerOnTwoBoards() {
  const db = getDb();
  const first = await partnership('Alpha');
  const second = await partnership('Beta');
  const user = await db.staffUser.create({
    data: { email: `o-${unique()}@police.example`, name: 'Officer' },
  });
  await db.membership.create({ data: { userId: user.id, partnershipId: first.id, role: 'FRONT_DOOR' } });
  await db.membership.create({
    data: { userId: user.id, partnershipId: second.id, role: 'PARTNERSHIP_STAFF' },
  });
  const session = await db.staffSession.create({ data: { userId: user.id } });
  cookieSession.sid = session.id;
  return { user, session, first, second };
}

describe('acting for one partnership at a time', () => {
  beforeEach(() => {
    cookieSession.sid = '';
  });

  it('starts in the partnership of their first role, with only that partnership’s roles', async () => {
    const { first, second } = await officerOnTwoBoards();
    const user = await getSessionUser();
    expect(user?.partnership).toEqual({ id: first.id, name: first.name });
    expect(user?.partnerships.map((p) => p.id).sort()).toEqual([first.id, second.id].sort());
    expect(user?.memberships).toEqual([{ role: 'FRONT_DOOR', partnershipId: first.id, schoolId: null }]);
  });

  it('after switching, acts only with the roles held in the other partnership', async () => {
    const { user: account, first, second } = await officerOnTwoBoards();
    await switchPartnership((await getSessionUser())!, second.id);
    const user = (await getSessionUser())!;
    expect(user.partnership?.id).toBe(second.id);
    expect(user.memberships).toEqual([
      { role: 'PARTNERSHIP_STAFF', partnershipId: second.id, schoolId: null },
    ]);
    // The front door's right in the first partnership does not come along.
    expect(() => partnershipFor(user, 'case.read')).toThrow();
    const audit = await getDb().auditEntry.findFirst({
      where: { actorId: account.id, action: 'session.partnership.switch' },
    });
    expect(audit).toMatchObject({ partnershipId: second.id, subjectId: second.id });
    expect(first.id).not.toBe(second.id);
  });

  it('refuses a partnership where they hold no role, and changes nothing', async () => {
    const { session, first } = await officerOnTwoBoards();
    const elsewhere = await partnership('Gamma');
    await expect(switchPartnership((await getSessionUser())!, elsewhere.id)).resolves.toBe(false);
    const row = await getDb().staffSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.actingPartnershipId).toBeNull();
    expect((await getSessionUser())?.partnership?.id).toBe(first.id);
  });

  it('the choice belongs to the session: another session of the same account keeps its own', async () => {
    const { user: account, first, second } = await officerOnTwoBoards();
    await switchPartnership((await getSessionUser())!, second.id);
    const other = await getDb().staffSession.create({ data: { userId: account.id } });
    cookieSession.sid = other.id;
    expect((await getSessionUser())?.partnership?.id).toBe(first.id);
  });

  it('a role removed in the partnership acted for moves the session back to one they still have', async () => {
    const { user: account, first, second } = await officerOnTwoBoards();
    await switchPartnership((await getSessionUser())!, second.id);
    await getDb().membership.deleteMany({ where: { userId: account.id, partnershipId: second.id } });
    const user = await getSessionUser();
    expect(user?.partnership?.id).toBe(first.id);
    expect(user?.memberships.every((m) => m.partnershipId === first.id)).toBe(true);
  });

  it('someone with one partnership sees just that one, and nothing to switch', async () => {
    const db = getDb();
    const only = await partnership('Solo');
    const account = await db.staffUser.create({ data: { email: `d-${unique()}@x.example`, name: 'D' } });
    await db.membership.create({ data: { userId: account.id, partnershipId: only.id, role: 'ADMIN' } });
    cookieSession.sid = (await db.staffSession.create({ data: { userId: account.id } })).id;
    const user = await getSessionUser();
    expect(user?.partnerships).toEqual([{ id: only.id, name: only.name }]);
    expect(user?.partnership?.id).toBe(only.id);
  });
});
