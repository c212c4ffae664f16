import 'server-only';
import { deadlineIn, transactionBefore } from '@/lib/db-deadline';
import { tellFrontDoorOfReview } from '@/lib/cases/tell-front-door-of-review';

export type RequestReviewOutcome = 'asked' | 'already-open';

/**
 * The parent asks the partnership to look again at how their report was handled (issue 20). In one
 * transaction: the review (the parent's reason sealed like their other words), its chronology entry (which
 * never quotes the reason: the school's team reads the chronology) and the front door's notification,
 * reference only. One open review per concern: the partial unique index ReviewRequest_one_open decides, so
 * two presses at once store one. Committed by `deadline` or not at all, as every write a parent waits on.
 */
export async function requestReview(
  concernId: string,
  reason: string,
  deadline = deadlineIn(),
): Promise<RequestReviewOutcome> {
  return transactionBefore(deadline, async (tx) => {
    const { partnershipId } = await tx.concern.findUniqueOrThrow({
      where: { id: concernId },
      select: { partnershipId: true },
    });
    const stored = await tx.reviewRequest.createMany({
      data: [{ concernId, partnershipId, reason: reason || null }],
      skipDuplicates: true,
    });
    if (stored.count === 0) return 'already-open';
    const concern = await tx.concern.update({
      where: { id: concernId },
      data: { lastActivityAt: new Date() },
      select: { id: true, reference: true, partnershipId: true },
    });
    const review = await tx.reviewRequest.findFirstOrThrow({
      where: { concernId, status: 'OPEN' },
      select: { id: true },
    });
    await tx.concernEvent.create({
      data: {
        concernId,
        kind: 'REVIEW_REQUESTED',
        summary: 'The reporter asked the partnership to look again at how this report was handled.',
        detail: { reviewId: review.id },
      },
    });
    await tellFrontDoorOfReview(tx, concern, review.id, 'asked');
    return 'asked';
  });
}
