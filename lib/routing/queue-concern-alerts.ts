import 'server-only';
import type { Tx } from '@/lib/db';
import type { ConcernRoute } from '@/lib/generated/prisma/enums';
import { concernAlertEmail } from '@/lib/email/templates/concern-alert-email';
import { reporterAcknowledgementEmail } from '@/lib/email/templates/reporter-acknowledgement-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';
import { findAlertRecipients } from './find-alert-recipients';
import { teamNameFor } from './team-name-for';
import type { NewConcern } from './route-new-concern';

/**
 * Queues, in the transaction that stores the concern, one alert per member of the team it was routed to
 * and the reporter's acknowledgement. Returns how many people were alerted (for the chronology).
 */
export async function queueConcernAlerts(tx: Tx, concern: NewConcern, route: ConcernRoute): Promise<number> {
  const recipients = await findAlertRecipients(tx, concern, route);
  const teamName = await teamNameFor(tx, concern);
  const alert = concernAlertEmail({ teamName, reference: concern.reference, urgent: concern.urgent });
  for (const recipient of recipients) {
    await enqueueEmail(tx, {
      kind: 'concern.alert',
      to: recipient.email,
      ...alert,
      messageId: stableMessageId('concern-alert', concern.id, recipient.key),
      concernId: concern.id,
    });
  }
  if (concern.reporterEmail) {
    await enqueueEmail(tx, {
      kind: 'reporter.acknowledgement',
      to: concern.reporterEmail,
      ...reporterAcknowledgementEmail({ reference: concern.reference }),
      messageId: stableMessageId('reporter-ack', concern.id),
      concernId: concern.id,
    });
  }
  return recipients.length;
}
