import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { frontDoorPartnershipIds } from '@/lib/cases/case-scope';
import { findCaseInScope } from '@/lib/cases/find-case-in-scope';
import { recordRefusedLookUp } from '@/lib/cases/record-refused-look-up';
import { getDb } from '@/lib/db';
import { NotFoundError, UserFacingError } from '@/lib/errors';
import type { finishReviewSchema } from './review-schemas';

/**
 * The front door finishes a review a parent asked for, with its outcome note (for staff: the parent reads
 * only that it was looked at again). The one change its review reach allows (lib/cases/case-scope.ts): in
 * one transaction, the concern found through the read scope, the review of the front door's own
 * partnership closed, a REVIEW_FINISHED chronology entry carrying the note and an audit entry. It does not
 * bump the case's version: the school's open forms stay valid, as nothing on the case itself changed.
 */
export async function finishReview(user: SessionUser, input: z.infer<typeof finishReviewSchema>) {
  const finished = await getDb().$transaction(async (tx) => {
    const concern = await findCaseInScope(tx, user, input.reference, undefined, 'read');
    if (!concern) return false;
    const review = await tx.reviewRequest.findFirst({
      where: { id: input.reviewId, concernId: concern.id },
      select: { partnershipId: true },
    });
    if (!review || !frontDoorPartnershipIds(user).includes(review.partnershipId))
      throw new UserFacingError('Only the front door can finish this review.');
    const now = new Date();
    const closed = await tx.reviewRequest.updateMany({
      where: { id: input.reviewId, status: 'OPEN' },
      data: { status: 'FINISHED', finishedAt: now, finishedById: user.id, outcome: input.outcome },
    });
    if (closed.count !== 1) throw new UserFacingError('This review has already finished.');
    await tx.concern.update({ where: { id: concern.id }, data: { lastActivityAt: now } });
    const event = await tx.concernEvent.create({
      data: {
        concernId: concern.id,
        actorId: user.id,
        at: now,
        kind: 'REVIEW_FINISHED',
        summary: 'The front door finished looking again at how this report was handled.',
        detail: { outcome: input.outcome },
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'concern.review.finish',
      subject: 'Concern',
      subjectId: concern.id,
      concernId: concern.id,
      detail: { eventId: event.id.toString(), reviewId: input.reviewId },
    });
    return true;
  });
  if (finished) return;
  await recordRefusedLookUp(user, input.reference);
  throw new NotFoundError();
}
