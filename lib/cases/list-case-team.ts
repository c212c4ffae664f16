import 'server-only';
import type { Tx } from '@/lib/db';
import type { Concern } from '@/lib/generated/prisma/client';

/** Who may be given this case: the school's DSLs and deputies, or the partnership's front-door team. */
export async function listCaseTeam(tx: Tx, concern: Pick<Concern, 'schoolId' | 'partnershipId'>) {
  return tx.staffUser.findMany({
    where: {
      active: true,
      memberships: {
        some: concern.schoolId
          ? { schoolId: concern.schoolId, role: { in: ['DSL', 'DEPUTY_DSL'] } }
          : { partnershipId: concern.partnershipId, role: 'FRONT_DOOR' },
      },
    },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
}
