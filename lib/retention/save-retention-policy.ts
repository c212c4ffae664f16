import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { getRetentionPolicy } from './get-retention-policy';
import type { RetentionValues } from './retention-policy';

/** Saves a partnership's policy and records the change (old and new values) in the same transaction. */
export async function saveRetentionPolicy(actorId: string, partnershipId: string, values: RetentionValues) {
  await getDb().$transaction(async (tx) => {
    const before = await getRetentionPolicy(partnershipId, tx);
    await tx.retentionPolicy.upsert({
      where: { partnershipId },
      create: { partnershipId, ...values, updatedById: actorId },
      update: { ...values, updatedById: actorId },
    });
    await recordAudit(tx, {
      actorId,
      action: 'retention.policy.update',
      subject: 'Partnership',
      subjectId: partnershipId,
      detail: { from: { ...before }, to: { ...values } },
    });
  });
}
