import 'server-only';
import type { Db } from '@/lib/db';
import { nextAttemptAfterFailure, smtpErrorCode } from './retry-schedule';
import type { ClaimedEmail } from './claim-due-emails';

/**
 * Marks a sent email done — only if this worker still holds it (a lease taken over is left alone) — and
 * forgets its bodies: they may hold a live bearer link (a password reset, an invitation), and a sent email
 * is never sent again. Who, what kind, when and the Message-ID stay. A dead letter keeps its bodies, to be
 * retried.
 */
export async function markSent(db: Db, email: ClaimedEmail, workerId: string, now: Date): Promise<void> {
  await db.outboxEmail.updateMany({
    where: { id: email.id, status: 'SENDING', lockedBy: workerId },
    data: {
      status: 'SENT',
      sentAt: now,
      lockedAt: null,
      lockedBy: null,
      lastError: null,
      textBody: '',
      htmlBody: '',
    },
  });
}

/** Schedules the next try with backoff, or dead-letters the email once the retry window has passed. */
export async function markFailed(
  db: Db,
  email: ClaimedEmail,
  workerId: string,
  now: Date,
  error: unknown,
): Promise<'retry' | 'dead'> {
  const next = nextAttemptAfterFailure(now, email.createdAt, email.attempts);
  await db.outboxEmail.updateMany({
    where: { id: email.id, status: 'SENDING', lockedBy: workerId },
    data: {
      status: next ? 'PENDING' : 'DEAD',
      nextAttemptAt: next ?? now,
      lockedAt: null,
      lockedBy: null,
      lastError: smtpErrorCode(error),
    },
  });
  return next ? 'retry' : 'dead';
}
