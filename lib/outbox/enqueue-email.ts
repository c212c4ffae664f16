import 'server-only';
import type { Tx } from '@/lib/db';

export interface QueuedEmail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable and unique per message, e.g. `<new-concern.{concernId}.{userId}@host>`. */
  messageId: string;
  concernId?: string | null;
  /**
   * The partnership the email is about or for: its administrators see it on their delivery page if it
   * cannot be delivered. Null for service mail about a person's own account (shown to the operator only).
   */
  partnershipId: string | null;
  /** Not sent before this time (a digest that waits); by default, as soon as the worker runs. */
  notBefore?: Date;
}

/**
 * Queues an email in the caller's transaction: it is sent after commit by the outbox worker, and never if
 * the transaction rolls back. A second call with the same messageId is ignored (idempotent).
 */
export async function enqueueEmail(tx: Tx, email: QueuedEmail): Promise<void> {
  await enqueueEmails(tx, [email]);
}

/** Queues several emails as enqueueEmail does, in one statement (none when there are none). */
export async function enqueueEmails(tx: Tx, emails: QueuedEmail[]): Promise<void> {
  if (emails.length === 0) return;
  await tx.outboxEmail.createMany({
    data: emails.map((email) => ({
      kind: email.kind,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      messageId: email.messageId,
      concernId: email.concernId ?? null,
      partnershipId: email.partnershipId,
      ...(email.notBefore ? { nextAttemptAt: email.notBefore } : {}),
    })),
    skipDuplicates: true,
  });
}
