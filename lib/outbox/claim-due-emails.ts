import 'server-only';
import type { Db } from '@/lib/db';
import { decryptRow } from '@/lib/encryption/prisma-extension';

export interface ClaimedEmail extends Record<string, unknown> {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  messageId: string;
  attempts: number;
  createdAt: Date;
}

/**
 * Claims up to `limit` emails for one worker in a single statement. `FOR UPDATE SKIP LOCKED` means two
 * workers never claim the same row: each skips rows the other is claiming. A claimed row is SENDING with a
 * lease; a SENDING row whose lease has expired belongs to a worker that died, and is claimed again.
 */
export async function claimDueEmails(
  db: Db,
  options: { workerId: string; now: Date; leaseMs: number; limit: number },
): Promise<ClaimedEmail[]> {
  const { workerId, now, limit } = options;
  const leaseExpired = new Date(now.getTime() - options.leaseMs);
  const claimed = await db.$queryRaw<ClaimedEmail[]>`
    WITH due AS (
      SELECT id FROM "OutboxEmail"
      WHERE (status = 'PENDING' AND "nextAttemptAt" <= ${now})
         OR (status = 'SENDING' AND "lockedAt" < ${leaseExpired})
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "OutboxEmail" AS o
    SET status = 'SENDING', "lockedAt" = ${now}, "lockedBy" = ${workerId}, attempts = o.attempts + 1
    FROM due WHERE o.id = due.id
    RETURNING o.id, o."toAddress", o.subject, o."textBody", o."htmlBody", o."messageId", o.attempts,
      o."createdAt"`;
  // Raw SQL returns the address and bodies as stored: encrypted.
  return Promise.all(claimed.map((row) => decryptRow(db, 'OutboxEmail', row)));
}
