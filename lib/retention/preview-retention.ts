import 'server-only';
import { getDb } from '@/lib/db';
import { deletionDue, RETENTION_POLICY } from './retention-policy';

export const PREVIEW_DAYS = 30;

/**
 * What the policy would delete in the next 30 days (or is already past due): references and dates only,
 * never case content. Concerns under a legal hold are listed apart: they are not deleted.
 */
export async function previewRetention(partnershipId: string, now = new Date()) {
  const horizon = new Date(now.getTime() + PREVIEW_DAYS * 86_400_000);
  // Nothing submitted in the last five years can be due (a child of 19 or younger is kept at least six years,
  // and age-unknown concerns seven after closing), so the query never reads the whole table.
  const submittedBefore = new Date(horizon);
  submittedBefore.setUTCFullYear(submittedBefore.getUTCFullYear() - 5);
  const closed = await getDb().concern.findMany({
    where: { partnershipId, closedAt: { not: null }, submittedAt: { lte: submittedBefore } },
    select: {
      id: true,
      reference: true,
      closedAt: true,
      submittedAt: true,
      childAge: true,
      childYear: true,
      legalHold: true,
      school: { select: { name: true } },
    },
    orderBy: { closedAt: 'asc' },
  });
  const due = closed
    .map((c) => ({ ...c, due: deletionDue(c)! }))
    .filter((c) => c.due <= horizon)
    .sort((a, b) => a.due.getTime() - b.due.getTime());
  return {
    policy: RETENTION_POLICY,
    horizon,
    toDelete: due.filter((c) => !c.legalHold),
    held: due.filter((c) => c.legalHold),
  };
}
