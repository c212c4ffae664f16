// Members of staff for case tests: a real StaffUser with memberships, and the SessionUser the app would
// build for them from a session.
import { randomBytes } from 'node:crypto';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';

export async function makeStaff(
  partnershipId: string,
  roles: { role: Role; schoolId?: string }[],
  name = 'Test Staff',
): Promise<SessionUser> {
  const user = await getDb().staffUser.create({
    data: {
      email: `staff-${randomBytes(4).toString('hex')}@example.test`,
      name,
      memberships: {
        create: roles.map((r) => ({ role: r.role, partnershipId, schoolId: r.schoolId ?? null })),
      },
    },
    include: { memberships: { select: { role: true, partnershipId: true, schoolId: true } } },
  });
  const { name: partnershipName } = await getDb().partnership.findUniqueOrThrow({
    where: { id: partnershipId },
  });
  const partnership = { id: partnershipId, name: partnershipName };
  return {
    id: user.id,
    sessionId: 'test',
    name: user.name,
    email: user.email,
    memberships: user.memberships,
    partnership,
    partnerships: [partnership],
    serviceOperator: false,
  };
}
