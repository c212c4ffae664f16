import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { scopedSchoolIds } from './case-scope';

export interface PassedOnLine {
  id: string;
  reference: string;
  /** The school, or "<partnership> front door". */
  to: string;
  at: Date;
  by: string;
  reason: string;
}

/**
 * The one line each team keeps of a case it passed on (ConcernMove), newest first: its own schools'
 * moves, and its front door's. Never the concern itself: the sending team no longer reaches it.
 */
export async function listPassedOnCases(user: SessionUser, take = 20): Promise<PassedOnLine[]> {
  const sent: Prisma.ConcernMoveWhereInput[] = scopedSchoolIds(user).map((fromSchoolId) => ({
    fromSchoolId,
  }));
  for (const m of user.memberships) {
    if (m.role === 'FRONT_DOOR') sent.push({ fromPartnershipId: m.partnershipId, fromSchoolId: null });
  }
  if (sent.length === 0) return [];
  const moves = await getDb().concernMove.findMany({
    where: { OR: sent },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true,
      at: true,
      reason: true,
      concern: { select: { reference: true } },
      toSchool: { select: { name: true } },
      toPartnership: { select: { name: true } },
      by: { select: { name: true } },
    },
  });
  return moves.map((move) => ({
    id: move.id,
    reference: move.concern.reference,
    to: move.toSchool?.name ?? `${move.toPartnership.name} front door`,
    at: move.at,
    by: move.by.name,
    reason: move.reason,
  }));
}
