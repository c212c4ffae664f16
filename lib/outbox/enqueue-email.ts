import 'server-only';
import { getDb, type Tx } from '@/lib/db';
import { encryptedModel } from '@/lib/encryption/encrypted-fields';
import { sealNewRow, uuidv7 } from '@/lib/encryption/encrypt-write';

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

/**
 * Queues several emails as enqueueEmail does, in one raw statement (none when there are none): each row's
 * protected values are sealed here first (sealNewRow, under its partnership's keys or the service's), so the
 * stored rows are those a Prisma create would store. The table's defaults hold (status, attempts,
 * createdAt; nextAttemptAt unless notBefore).
 */
export async function enqueueEmails(tx: Tx, emails: QueuedEmail[]): Promise<void> {
  if (emails.length === 0) return;
  const keys = await getDb().$encryptionKeys(emails.map((email) => email.partnershipId));
  const rows = emails.map((email) => {
    const id = uuidv7();
    return sealNewRow(keys, OUTBOX, id, email.partnershipId, {
      id,
      kind: email.kind,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
    });
  });
  const column = (name: string) => rows.map((row) => row[name] as string);
  await tx.$executeRaw`
    INSERT INTO "OutboxEmail" (id, kind, "toAddress", subject, "textBody", "htmlBody", "messageId",
      "concernId", "partnershipId", "nextAttemptAt")
    SELECT e.id, e.kind, e."toAddress", e.subject, e."textBody", e."htmlBody", e."messageId", e."concernId",
      e."partnershipId", COALESCE(e."notBefore", now())
    FROM unnest(${column('id')}::uuid[], ${column('kind')}::text[], ${column('toAddress')}::text[],
      ${column('subject')}::text[], ${column('textBody')}::text[], ${column('htmlBody')}::text[],
      ${emails.map((e) => e.messageId)}::text[], ${emails.map((e) => e.concernId ?? null)}::uuid[],
      ${emails.map((e) => e.partnershipId)}::uuid[],
      ${emails.map((e) => e.notBefore?.toISOString() ?? null)}::timestamptz[])
      AS e(id, kind, "toAddress", subject, "textBody", "htmlBody", "messageId", "concernId", "partnershipId",
        "notBefore")
    ON CONFLICT ("messageId") DO NOTHING`;
}

const OUTBOX = encryptedModel('OutboxEmail')!;
