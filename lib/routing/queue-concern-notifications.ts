import 'server-only';
import type { Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import type { ConcernRoute } from '@/lib/generated/prisma/enums';
import { newConcernEmail } from '@/lib/email/templates/new-concern-email';
import { reporterAcknowledgementEmail } from '@/lib/email/templates/reporter-acknowledgement-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { emailLanguage } from '@/lib/i18n/say';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';
import { findNotificationRecipients } from './find-notification-recipients';
import { teamNameFor } from './team-name-for';
import type { NewConcern } from './route-new-concern';

/**
 * Queues, in the transaction that stores the concern, one notification per member of the team it was
 * routed to and the reporter's acknowledgement. Returns how many people were notified (for the chronology).
 * A concern passed on (`passedOn`: the ConcernMove's id) notifies its new team the same way, with message
 * ids of that move, and the reporter is not acknowledged twice.
 */
export async function queueConcernNotifications(
  tx: Tx,
  concern: NewConcern,
  route: ConcernRoute,
  passedOn?: { moveId: string },
): Promise<number> {
  const recipients = await findNotificationRecipients(tx, concern, route);
  const teamName = await teamNameFor(tx, concern);
  const site = await partnershipSite(tx, concern.partnershipId);
  const email = newConcernEmail({ teamName, reference: concern.reference, urgent: concern.urgent, site });
  const occasion = passedOn ? [passedOn.moveId] : [];
  for (const recipient of recipients) {
    await enqueueEmail(tx, {
      kind: 'concern.new',
      to: recipient.email,
      ...email,
      messageId: stableMessageId('new-concern', concern.id, ...occasion, recipient.key),
      concernId: concern.id,
      partnershipId: concern.partnershipId,
    });
  }
  if (concern.reporterEmail && !passedOn) {
    await enqueueEmail(tx, {
      kind: 'reporter.acknowledgement',
      to: concern.reporterEmail,
      ...reporterAcknowledgementEmail({
        reference: concern.reference,
        site,
        language: emailLanguage(concern.language),
      }),
      messageId: stableMessageId('reporter-ack', concern.id),
      concernId: concern.id,
      partnershipId: concern.partnershipId,
    });
  }
  return recipients.length;
}
