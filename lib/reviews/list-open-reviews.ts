import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { frontDoorPartnershipIds } from '@/lib/cases/case-scope';
import { getDb } from '@/lib/db';

/** At most this many on the case list; a front door with more works through them oldest first. */
const SHOWN = 50;

/**
 * The open reviews parents asked the user's front door for, oldest first, for its case list: a school's
 * concern is not in the front door's list otherwise. The reference and the day only; none for anyone who
 * is not in a front door. A concern since passed on to another partnership is no longer its to review.
 */
export async function listOpenReviews(user: SessionUser) {
  const partnerships = frontDoorPartnershipIds(user);
  if (partnerships.length === 0) return [];
  const reviews = await getDb().reviewRequest.findMany({
    where: {
      status: 'OPEN',
      partnershipId: { in: partnerships },
      concern: { partnershipId: { in: partnerships } },
    },
    orderBy: { askedAt: 'asc' },
    take: SHOWN,
    select: { id: true, askedAt: true, concern: { select: { reference: true } } },
  });
  return reviews.map((r) => ({ id: r.id, reference: r.concern.reference, askedAt: r.askedAt }));
}
