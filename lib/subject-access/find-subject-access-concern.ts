import 'server-only';
import { getDb } from '@/lib/db';

/**
 * What the DPO sees before downloading: whether the reference is a concern of their partnership (held or
 * deleted under the policy) and its dates. No content, so looking it up is not itself an export.
 */
export async function findSubjectAccessConcern(partnershipId: string, reference: string) {
  const db = getDb();
  const held = await db.concern.findFirst({
    where: { reference, partnershipId },
    select: { reference: true, status: true, submittedAt: true, closedAt: true, legalHold: true },
  });
  if (held) return { kind: 'held' as const, ...held };
  const deleted = await db.deletionRecord.findFirst({
    where: { reference, partnershipId },
    select: { reference: true, submittedAt: true, closedAt: true, deletedAt: true, reason: true },
    orderBy: { deletedAt: 'desc' },
  });
  return deleted ? { kind: 'deleted' as const, ...deleted } : null;
}
