import 'server-only';
import { isUuid } from '@/lib/actions/text-fields';
import { getDb } from '@/lib/db';

/**
 * For the service operator: requests waiting for a decision, and the latest decided ones (being deleted,
 * deleted, refused). Names of partnerships and people, reasons and counts; never anything of a case.
 */
export async function listLeaveRequests() {
  const db = getDb();
  const select = {
    id: true,
    slug: true,
    name: true,
    status: true,
    reason: true,
    requestedByName: true,
    requestedAt: true,
    decidedByName: true,
    decidedAt: true,
    refusalReason: true,
    completedAt: true,
    counts: true,
  } as const;
  const waiting = await db.partnershipDeletion.findMany({
    where: { status: 'REQUESTED' },
    orderBy: { requestedAt: 'asc' },
    select,
  });
  const decided = await db.partnershipDeletion.findMany({
    where: { status: { not: 'REQUESTED' } },
    orderBy: { decidedAt: 'desc' },
    take: 50,
    select,
  });
  return { waiting, decided };
}

/** For the partnership's administrator: its latest request to leave, if any. */
export async function findLeaveRequest(partnershipId: string) {
  return getDb().partnershipDeletion.findFirst({
    where: { partnershipId },
    orderBy: { requestedAt: 'desc' },
    select: {
      status: true,
      requestedByName: true,
      requestedAt: true,
      decidedAt: true,
      refusalReason: true,
    },
  });
}

/** For the service operator's decision page: one request still waiting, or null. */
export async function findWaitingLeaveRequest(id: string) {
  if (!isUuid(id)) return null;
  return getDb().partnershipDeletion.findFirst({
    where: { id, status: 'REQUESTED' },
    select: { id: true, name: true, slug: true, reason: true, requestedByName: true, requestedAt: true },
  });
}
