import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { getDb } from '@/lib/db';

const REQUEST_SELECT = {
  id: true,
  note: true,
  status: true,
  requestedAt: true,
  answeredAt: true,
  reason: true,
  concern: { select: { reference: true, version: true } },
} as const;

/**
 * The front door's requests to share that wait for this user's schools, oldest first (the DSL's list).
 * Only schools the user is DSL or deputy of, in the partnership they act for; nobody else sees any.
 */
export async function listWaitingShareRequests(user: SessionUser, partnershipId: string) {
  const schoolIds = scopedSchoolIds(user);
  if (schoolIds.length === 0) return [];
  return getDb().shareRequest.findMany({
    where: { status: 'PENDING', partnershipId, concern: { partnershipId, schoolId: { in: schoolIds } } },
    orderBy: { requestedAt: 'asc' },
    take: 100,
    select: REQUEST_SELECT,
  });
}

/**
 * The requests to share one case, for its school's team on the case page; none for anyone else. Only its
 * own partnership's front door's: a case passed on from another partnership keeps that one's requests (and
 * their notes) to itself.
 */
export async function listCaseShareRequests(
  user: SessionUser,
  concern: { id: string; schoolId: string | null; partnershipId: string },
) {
  if (!concern.schoolId || !scopedSchoolIds(user).includes(concern.schoolId)) return [];
  return getDb().shareRequest.findMany({
    where: { concernId: concern.id, partnershipId: concern.partnershipId },
    orderBy: { requestedAt: 'asc' },
    select: REQUEST_SELECT,
  });
}

/**
 * The front door's requests for the patterns shown, by pattern id: each concern's reference, the answer and
 * the school's reason. Its own partnership's only; the concern itself opens only once shared.
 */
export async function listPatternShareRequests(partnershipId: string, patternIds: string[]) {
  const requests = await getDb().shareRequest.findMany({
    where: { partnershipId, patternId: { in: patternIds } },
    orderBy: { requestedAt: 'asc' },
    select: { patternId: true, status: true, reason: true, concern: { select: { reference: true } } },
  });
  const byPattern = new Map<string, typeof requests>();
  for (const request of requests)
    byPattern.set(request.patternId, [...(byPattern.get(request.patternId) ?? []), request]);
  return byPattern;
}
