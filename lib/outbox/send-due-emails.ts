import 'server-only';
import type { Db } from '@/lib/db';
import { sendEmail, type OutgoingEmail } from '@/lib/email/send-email';
import { logger } from '@/lib/log';
import { claimDueEmails, type ClaimedEmail } from './claim-due-emails';
import { markFailed, markSent } from './record-send-outcome';

export interface SenderOptions {
  db: Db;
  workerId: string;
  now: Date;
  /** How long a claim lasts before another worker may take the email over. */
  leaseMs?: number;
  batchSize?: number;
  /** Parallel SMTP conversations per batch. */
  concurrency?: number;
  send?: (email: OutgoingEmail) => Promise<void>;
}

export interface SendResult {
  sent: number;
  retrying: number;
  dead: number;
}

/**
 * One pass of the outbox: claim a batch, send each email with its stable Message-ID, record the outcome.
 * If the process dies between the SMTP server accepting an email and the row being marked SENT, the lease
 * expires and the email is sent once more: at most one repeat, which the unchanged Message-ID lets a
 * receiving system drop. (Exactly-once delivery over SMTP is not possible; this is the honest bound.)
 */
export async function sendDueEmails(options: SenderOptions): Promise<SendResult> {
  const { db, workerId, now } = options;
  const claimed = await claimDueEmails(db, {
    workerId,
    now,
    leaseMs: options.leaseMs ?? 5 * 60_000,
    limit: options.batchSize ?? 50,
  });
  const result: SendResult = { sent: 0, retrying: 0, dead: 0 };
  const queue = [...claimed];
  const send = options.send ?? sendEmail;
  const lane = async () => {
    for (let email = queue.shift(); email; email = queue.shift()) {
      await deliver(email);
    }
  };
  const deliver = async (email: ClaimedEmail) => {
    try {
      await send(toOutgoing(email));
    } catch (error) {
      const outcome = await markFailed(db, email, workerId, now, error);
      if (outcome === 'dead') result.dead++;
      else result.retrying++;
      return;
    }
    await markSent(db, email, workerId, now);
    result.sent++;
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, lane));
  if (result.retrying + result.dead > 0) logger().warn({ workerId, ...result }, 'some email was not sent');
  return result;
}

function toOutgoing(email: ClaimedEmail): OutgoingEmail {
  return {
    to: email.toAddress,
    subject: email.subject,
    text: email.textBody,
    html: email.htmlBody,
    messageId: email.messageId,
  };
}
