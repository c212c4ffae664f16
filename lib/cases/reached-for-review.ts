import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { frontDoorPartnershipIds } from './case-scope';
import type { Tx } from '@/lib/db';

/**
 * Whether a parent asked this user's front door to review the concern (open or finished): the reach
 * caseScopeWhere's `read` gives it. The caller has already found the concern in that scope, so the
 * concern is still in the front door's partnership.
 */
export async function reachedForReview(tx: Tx, user: SessionUser, concernId: string): Promise<boolean> {
  const partnerships = frontDoorPartnershipIds(user);
  if (partnerships.length === 0) return false;
  const review = await tx.reviewRequest.findFirst({
    where: { concernId, partnershipId: { in: partnerships } },
    select: { id: true },
  });
  return review !== null;
}
