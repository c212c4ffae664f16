// The service operator grant, against a real database: given by the command line's verb, read into the
// session, audited for no partnership, and no partnership role by itself.
import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { grantServiceOperator } from '@/lib/operator/grant-service-operator';

const cookieSession = vi.hoisted(() => ({ sid: '' }));
vi.mock('next-auth', () => ({ getServerSession: async () => ({ sid: cookieSession.sid }) }));
const { getSessionUser } = await import('@/lib/auth/session');

const email = () => `op-${randomBytes(4).toString('hex')}@service.example`;

async function signIn(userId: string) {
  cookieSession.sid = (await getDb().staffSession.create({ data: { userId } })).id;
  return getSessionUser();
}

describe('granting the service operator', () => {
  it('makes an existing account the operator, audited for no partnership, with no partnership role', async () => {
    const user = await getDb().staffUser.create({ data: { email: email(), name: 'Olu Operator' } });
    expect((await signIn(user.id))?.serviceOperator).toBe(false);

    const result = await grantServiceOperator({ email: user.email.toUpperCase() });
    expect(result).toEqual({ userId: user.id, created: false, alreadyOperator: false });

    const session = await signIn(user.id);
    expect(session).toMatchObject({ serviceOperator: true, memberships: [] });
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { action: 'operator.grant' } });
    expect(audit).toMatchObject({ subjectId: user.id, partnershipId: null, actorId: null });
  });

  it('creates the account when a name is given, and changes nothing the second time', async () => {
    const address = email();
    const first = await grantServiceOperator({ email: address, name: 'Nia New' });
    expect(first).toMatchObject({ created: true, alreadyOperator: false });
    const again = await grantServiceOperator({ email: address });
    expect(again).toEqual({ userId: first.userId, created: false, alreadyOperator: true });
    expect(await getDb().serviceOperator.count({ where: { userId: first.userId } })).toBe(1);
    const audits = await getDb().auditEntry.count({
      where: { action: 'operator.grant', subjectId: first.userId },
    });
    expect(audits).toBe(1);
  });

  it('refuses an unknown address without a name, and a badly formed one, saving nothing', async () => {
    const before = await getDb().serviceOperator.count();
    await expect(grantServiceOperator({ email: email() })).rejects.toThrow(/no staff account/i);
    await expect(grantServiceOperator({ email: 'not-an-email', name: 'X' })).rejects.toThrow(
      /email address/i,
    );
    expect(await getDb().serviceOperator.count()).toBe(before);
    expect(await getDb().staffUser.count({ where: { email: 'not-an-email' } })).toBe(0);
  });
});
