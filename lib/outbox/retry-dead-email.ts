import 'server-only';
import { getDb, type Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';

/**
 * Puts a dead-lettered email back in the queue for another full retry window (its queued time restarts),
 * and records who did it. Returns false when the partnership has no such dead email (already retried, never
 * was, or another partnership's: the id comes from the form, the partnership from the actor's membership).
 */
export async function retryDeadEmail(
  input: { outboxId: string; actorId: string; partnershipId: string; now: Date },
  db: Db = getDb(),
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.outboxEmail.updateMany({
      where: { id: input.outboxId, partnershipId: input.partnershipId, status: 'DEAD' },
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
      partnershipId: input.partnershipId,
    });
    return true;
  });
}
