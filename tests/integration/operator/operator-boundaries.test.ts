// The service operator runs the service and reaches no partnership's cases, trends or administration; a
// partnership's administrator does not reach the operator's pages. Through the guards every page and
// action starts with, with a real session read from the database.
import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import type { Permission } from '@/lib/auth/permissions';
import { findCaseInScope } from '@/lib/cases/find-case-in-scope';
import { grantServiceOperator } from '@/lib/operator/grant-service-operator';
import { makeStaff } from '../../support/delivery';
import { makeConcern, makePartnership } from '../../support/factories';

const cookieSession = vi.hoisted(() => ({ sid: '' }));
vi.mock('next-auth', () => ({ getServerSession: async () => ({ sid: cookieSession.sid }) }));
const { requirePermission, getSessionUser } = await import('@/lib/auth/session');
const { requirePartnership } = await import('@/lib/auth/require-partnership');

async function signIn(userId: string) {
  cookieSession.sid = (await getDb().staffSession.create({ data: { userId } })).id;
}
/** Next's notFound() throws an error whose digest says 404. */
const NOT_FOUND = expect.objectContaining({ digest: expect.stringContaining('404') });

const PARTNERSHIP_PAGES: Permission[] = [
  'case.read',
  'case.update',
  'trends.read',
  'warnings.manage',
  'schools.manage',
  'staff.manage',
  'reference-data.manage',
  'email-delivery.manage',
  'retention.manage',
  'legal-hold.manage',
  'audit.read',
  'subject-access.export',
];

describe('the service operator', () => {
  it('is refused every case, trend, school, account and audit page of a partnership', async () => {
    const partnership = await makePartnership();
    const concern = await makeConcern({ partnershipId: partnership.id });
    const { userId } = await grantServiceOperator({
      email: `op-${randomBytes(3).toString('hex')}@service.example`,
      name: 'Olu Operator',
    });
    await signIn(userId);

    await expect(requirePermission('service.operate')).resolves.toMatchObject({ id: userId });
    for (const permission of PARTNERSHIP_PAGES) {
      await expect(requirePermission(permission), permission).rejects.toEqual(NOT_FOUND);
      await expect(requirePartnership(permission), permission).rejects.toEqual(NOT_FOUND);
    }
    const user = await getSessionUser();
    expect(await findCaseInScope(getDb(), user, concern.reference)).toBeNull();
  });
});

describe("a partnership's administrator", () => {
  it('is refused the operator pages ("not found")', async () => {
    const admin = await makeStaff((await makePartnership()).id, 'ADMIN');
    await signIn(admin.id);
    await expect(requirePermission('staff.manage')).resolves.toMatchObject({ id: admin.id });
    await expect(requirePermission('service.operate')).rejects.toEqual(NOT_FOUND);
    await expect(requirePermission('reference.national.manage')).rejects.toEqual(NOT_FOUND);
  });
});
