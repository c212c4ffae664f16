import 'server-only';
import { getEnv } from '@/lib/env';
import { mailTransport } from './transport';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per message, so a receiving system can drop a duplicate if a send is ever repeated. */
  messageId: string;
}

/** Sends one email now. Callers that change data queue email instead (lib/outbox), so it goes after commit. */
export async function sendEmail(email: OutgoingEmail): Promise<void> {
  await mailTransport().sendMail({
    from: getEnv().MAIL_FROM,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: email.messageId,
  });
}
