import 'server-only';
import type { Tx } from '@/lib/db';
import { reviewRequestedEmail } from '@/lib/email/templates/review-requested-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { partnershipSite } from '@/lib/email/partnership-site';
import { enqueueEmails } from '@/lib/outbox/enqueue-email';
import { frontDoorTeam } from '@/lib/routing/find-notification-recipients';

/**
 * Queues, in the caller's transaction, the email telling a partnership's front-door team that a parent
 * asked for a review of a case (the reference only): when the parent asks, and when the case reaches another
 * partnership with the review still open (move-to-partnership.ts). One email per person, once.
 */
export async function tellFrontDoorOfReview(
  tx: Tx,
  concern: { id: string; reference: string; partnershipId: string },
  reviewId: string,
  occasion: 'asked' | 'passed-on',
): Promise<void> {
  const site = await partnershipSite(tx, concern.partnershipId);
  const email = reviewRequestedEmail({
    reference: concern.reference,
    site,
    passedOn: occasion === 'passed-on',
  });
  const once =
    occasion === 'asked'
      ? ['review-requested', concern.id, reviewId]
      : ['review-passed-on', concern.id, reviewId, concern.partnershipId];
  await enqueueEmails(
    tx,
    (await frontDoorTeam(tx, concern.partnershipId)).map((recipient) => ({
      kind: 'concern.review-requested',
      to: recipient.email,
      ...email,
      messageId: stableMessageId(...once, recipient.key),
      concernId: concern.id,
      partnershipId: concern.partnershipId,
    })),
  );
}
