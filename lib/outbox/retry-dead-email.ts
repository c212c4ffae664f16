import 'server-only';
import { getDb, type Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';

/**
 * Puts a dead-lettered email back in the queue for another full retry window (its queued time restarts),
 * and records who did it. Returns false when there is no such dead email (already retried, or never was).
 */
export async function retryDeadEmail(
  input: { outboxId: string; actorId: string; now: Date },
  db: Db = getDb(),
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.outboxEmail.updateMany({
      where: { id: input.outboxId, status: 'DEAD' },
      data: {
        status: 'PENDING',
        attempts: 0,
        nextAttemptAt: input.now,
        createdAt: input.now,
        lastError: null,
      },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'email.retry',
      subject: 'OutboxEmail',
      subjectId: input.outboxId,
    });
    return true;
  });
}
