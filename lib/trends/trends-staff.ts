import 'server-only';
import type { Tx } from '@/lib/db';

/** The active trends staff of one partnership (a membership there, not any role elsewhere): who trend emails go to. */
export function activeTrendsStaff(tx: Tx, partnershipId: string): Promise<{ id: string; email: string }[]> {
  return tx.staffUser.findMany({
    where: { active: true, memberships: { some: { partnershipId, role: 'PARTNERSHIP_STAFF' } } },
    select: { id: true, email: true },
  });
}
