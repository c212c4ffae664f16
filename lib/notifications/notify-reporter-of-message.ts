import 'server-only';
import type { Tx } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { enqueueEmail } from '@/lib/jobs/enqueue-email';

/**
 * When the safeguarding team writes to a reporter who gave an email address, tell them there is a new
 * message — never what it says. Call it in the transaction that stores the message.
 */
export async function notifyReporterOfMessage(
  tx: Tx,
  concern: { id: string; reference: string; reporterEmail: string | null },
  messageId: string,
): Promise<void> {
  if (!concern.reporterEmail) return;
  const url = `${getEnv().APP_URL}/check`;
  const text = [
    `There is a new message about the concern you reported (reference ${concern.reference}).`,
    '',
    `To read it, go to ${url} and enter your reference and your receipt code.`,
    '',
    'If a child is in danger right now, call 999.',
  ].join('\n');
  await enqueueEmail(tx, {
    kind: 'reporter.new-message',
    to: concern.reporterEmail,
    subject: `There is a new message about your concern (reference ${concern.reference})`,
    text,
    html: `<p>There is a new message about the concern you reported (reference <strong>${concern.reference}</strong>).</p><p>To read it, go to <a href="${url}">${url}</a> and enter your reference and your receipt code.</p><p>If a child is in danger right now, call 999.</p>`,
    messageId: `<reporter-message.${messageId}@${new URL(getEnv().APP_URL).hostname}>`,
    concernId: concern.id,
  });
}
