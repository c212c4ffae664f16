import 'server-only';
import type { Tx } from '@/lib/db';
import { newConcernEmail } from '@/lib/email/templates/new-concern-email';
import { reporterAcknowledgementEmail } from '@/lib/email/templates/reporter-acknowledgement-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { emailLanguage } from '@/lib/i18n/say';
import { enqueueEmails, type QueuedEmail } from '@/lib/outbox/enqueue-email';
import type { RouteRead } from './read-route';
import type { NewConcern } from './route-new-concern';

/**
 * Queues, in the transaction that stores the concern, one notification per member of the team it was
 * routed to (`routing`, from readRoute) and the reporter's acknowledgement, as one statement. Returns how
 * many people were notified (for the chronology). A concern passed on (`passedOn`: the ConcernMove's id)
 * notifies its new team the same way, with message ids of that move, and the reporter is not acknowledged
 * twice.
 */
export async function queueConcernNotifications(
  tx: Tx,
  concern: NewConcern,
  routing: Pick<RouteRead, 'recipients' | 'teamName' | 'site'>,
  passedOn?: { moveId: string },
): Promise<number> {
  const { recipients, teamName, site } = routing;
  const email = newConcernEmail({ teamName, reference: concern.reference, urgent: concern.urgent, site });
  const occasion = passedOn ? [passedOn.moveId] : [];
  const queued: QueuedEmail[] = recipients.map((recipient) => ({
    kind: 'concern.new',
    to: recipient.email,
    ...email,
    messageId: stableMessageId('new-concern', concern.id, ...occasion, recipient.key),
    concernId: concern.id,
    partnershipId: concern.partnershipId,
  }));
  if (concern.reporterEmail && !passedOn) {
    queued.push({
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
  await enqueueEmails(tx, queued);
  return recipients.length;
}
