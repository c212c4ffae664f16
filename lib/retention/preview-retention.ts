import 'server-only';
import { getDb } from '@/lib/db';
import { countDueConcerns, listDueConcerns } from './find-due-concerns';
import { getRetentionPolicy } from './get-retention-policy';
import type { RetentionValues } from './retention-policy';

export const PREVIEW_DAYS = 30;

const horizonFrom = (now: Date) => new Date(now.getTime() + PREVIEW_DAYS * 86_400_000);

/**
 * What the partnership's policy will delete in the next 30 days (or is already past due): references and
 * dates only, never case content. Concerns under a legal hold are listed apart: they are not deleted.
 */
export async function previewRetention(partnershipId: string, now = new Date()) {
  const db = getDb();
  const policy = await getRetentionPolicy(partnershipId, db);
  const horizon = horizonFrom(now);
  const due = await listDueConcerns(db, partnershipId, policy, horizon);
  const held = await db.concern.findMany({
    where: { partnershipId, legalHold: true },
    select: { id: true, reference: true, legalHoldSince: true, legalHoldReason: true, closedAt: true },
    orderBy: { legalHoldSince: 'asc' },
    take: 500,
  });
  return { policy, horizon, toDelete: due.filter((c) => !c.legalHold), held };
}

/**
 * What a proposed policy would do to the concerns already held, against what the current one does: how
 * many would be deleted at tonight's run, and how many within 30 days. Held concerns are not counted.
 */
export async function previewPolicyChange(
  partnershipId: string,
  proposed: RetentionValues,
  now = new Date(),
) {
  const db = getDb();
  const current = await getRetentionPolicy(partnershipId, db);
  const horizon = horizonFrom(now);
  return {
    current: await countDueConcerns(db, partnershipId, current, now, horizon),
    proposed: await countDueConcerns(db, partnershipId, proposed, now, horizon),
  };
}
