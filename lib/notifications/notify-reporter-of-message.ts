import 'server-only';
import type { Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { reporterNewMessageEmail } from '@/lib/email/templates/reporter-new-message-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { emailLanguage } from '@/lib/i18n/say';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';

/**
 * When the safeguarding team writes to a reporter who gave an email address, tell them there is a new
 * message — never what it says — in the language they wrote the report in. Call it in the transaction
 * that stores the message.
 */
export async function notifyReporterOfMessage(
  tx: Tx,
  concern: {
    id: string;
    reference: string;
    reporterEmail: string | null;
    partnershipId: string;
    language: string;
  },
  messageId: string,
): Promise<void> {
  if (!concern.reporterEmail) return;
  await enqueueEmail(tx, {
    kind: 'reporter.new-message',
    to: concern.reporterEmail,
    ...reporterNewMessageEmail({
      reference: concern.reference,
      site: await partnershipSite(tx, concern.partnershipId),
      language: emailLanguage(concern.language),
    }),
    messageId: stableMessageId('reporter-message', messageId),
    concernId: concern.id,
    partnershipId: concern.partnershipId,
  });
}
