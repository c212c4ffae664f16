import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { frontDoorPartnershipIds, scopedSchoolIds } from '@/lib/cases/case-scope';
import { getDb } from '@/lib/db';

/**
 * The reviews parents asked for on one case, for the case page, oldest first. The front door of the
 * review's partnership sees the parent's reason and may finish an open one; the school's team sees that a
 * review was asked for, when, and what the front door found, never the parent's reason (which they wrote
 * to the partnership, and may be about the school). Anyone else: none. The caller has read the case
 * through the user's scope.
 */
export async function listCaseReviews(user: SessionUser, concern: { id: string; schoolId: string | null }) {
  const frontDoors = frontDoorPartnershipIds(user);
  const school = concern.schoolId !== null && scopedSchoolIds(user).includes(concern.schoolId);
  if (frontDoors.length === 0 && !school) return [];
  const reviews = await getDb().reviewRequest.findMany({
    where: { concernId: concern.id },
    orderBy: { askedAt: 'asc' },
    select: {
      id: true,
      partnershipId: true,
      askedAt: true,
      reason: true,
      status: true,
      finishedAt: true,
      outcome: true,
    },
  });
  return reviews.flatMap((r) => {
    const frontDoor = frontDoors.includes(r.partnershipId);
    if (!frontDoor && !school) return [];
    return [
      {
        id: r.id,
        askedAt: r.askedAt,
        open: r.status === 'OPEN',
        finishedAt: r.finishedAt,
        outcome: r.outcome,
        reason: frontDoor ? r.reason : null,
        canFinish: frontDoor && r.status === 'OPEN',
      },
    ];
  });
}

export type CaseReview = Awaited<ReturnType<typeof listCaseReviews>>[number];
