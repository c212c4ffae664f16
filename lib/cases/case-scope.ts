import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * What a case query is for: `change` (the default: lists, every change) or `read` (opening one case to read
 * it), which adds, for the front door, the concerns a school's DSL agreed to share with it
 * (lib/share-requests/): read-only, one concern per accepted request of its own partnership; and the
 * concerns whose parent asked its partnership for a review (lib/reviews/), while open and after: read-only
 * but for finishing the review (lib/reviews/finish-review.ts). For a school's DSLs it adds the cases whose
 * file was sent to their school and is not yet accepted (lib/transfers/), read-only.
 */
export type CaseReach = 'change' | 'read';

/**
 * Which concerns this member of staff may see, as a where-clause to AND into every case query.
 * DSLs and deputies: their own schools' concerns. The front-door team: their partnership's unrouted
 * concerns, any concern escalated to them and any passed on twice or more (lib/cases/pass-on-case.ts);
 * to read only, also the concerns shared with it (CaseReach). Anyone else: null — callers refuse before
 * querying, so a missing clause can never widen into "every concern".
 */
export function caseScopeWhere(
  user: SessionUser | null,
  reach: CaseReach = 'change',
): Prisma.ConcernWhereInput | null {
  if (!user) return null;
  const schoolIds = unique(
    user.memberships
      .filter((m) => (m.role === 'DSL' || m.role === 'DEPUTY_DSL') && m.schoolId)
      .map((m) => m.schoolId as string),
  );
  const frontDoorPartnerships = frontDoorPartnershipIds(user);
  const parts: Prisma.ConcernWhereInput[] = [];
  if (schoolIds.length > 0) parts.push({ schoolId: { in: schoolIds } });
  // To read only: a case whose child protection file was sent to one of their schools and is waiting for
  // their answer (lib/transfers/): they check it before accepting; once answered, the reach ends.
  if (schoolIds.length > 0 && reach === 'read') {
    parts.push({ fileTransfers: { some: { status: 'SENT', toSchoolId: { in: schoolIds } } } });
  }
  const own = [{ route: 'FRONT_DOOR' }, { escalatedAt: { not: null } }, { passedOnCount: { gte: 2 } }];
  if (frontDoorPartnerships.length > 0 && reach === 'change') {
    parts.push({ partnershipId: { in: frontDoorPartnerships }, OR: own as Prisma.ConcernWhereInput[] });
  }
  // To read, one part per partnership, so the concern and what lets the front door read it (a share or a
  // review) are of the same partnership: someone on two front doors must not read a concern passed to the
  // second through the first one's old share or review.
  if (reach === 'read') {
    for (const partnershipId of frontDoorPartnerships) {
      // A school's DSL agreed to share the concern with this front door (lib/share-requests/).
      const shared = { shareRequests: { some: { status: 'ACCEPTED', partnershipId } } };
      // A parent asked this partnership to look at the concern again (lib/reviews/): open or finished.
      const reviewed = { reviewRequests: { some: { partnershipId } } };
      parts.push({ partnershipId, OR: [...own, shared, reviewed] as Prisma.ConcernWhereInput[] });
    }
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as Prisma.ConcernWhereInput) : { OR: parts };
}

/**
 * The same reach as caseScopeWhere, split into parts the case list can read in its order from one index
 * each (a school; a front door's unrouted concerns; concerns escalated to it from schools; schools' concerns
 * passed on twice or more and not escalated), where one query over their OR would have to fetch and sort
 * every case in reach. Parts of one kind of role never overlap; a user with both school and front-door
 * roles may meet a case in two parts (a school's case escalated to the front door), so readers merge by id.
 * Null for no reach, as caseScopeWhere.
 */
export function caseScopeParts(user: SessionUser | null): Prisma.ConcernWhereInput[] | null {
  if (!caseScopeWhere(user)) return null;
  const frontDoors = frontDoorPartnershipIds(user!);
  return [
    ...scopedSchoolIds(user!).map((schoolId): Prisma.ConcernWhereInput => ({ schoolId })),
    ...frontDoors.flatMap((partnershipId): Prisma.ConcernWhereInput[] => [
      { partnershipId, route: 'FRONT_DOOR' },
      { partnershipId, route: 'SCHOOL', escalatedAt: { not: null } },
      { partnershipId, route: 'SCHOOL', escalatedAt: null, passedOnCount: { gte: 2 } },
    ]),
  ];
}

/** The partnerships whose front door this user is part of. */
export function frontDoorPartnershipIds(user: SessionUser): string[] {
  return unique(user.memberships.filter((m) => m.role === 'FRONT_DOOR').map((m) => m.partnershipId));
}

/** The schools whose concerns this user may see (for the school filter). */
export function scopedSchoolIds(user: SessionUser): string[] {
  return unique(
    user.memberships
      .filter((m) => (m.role === 'DSL' || m.role === 'DEPUTY_DSL') && m.schoolId)
      .map((m) => m.schoolId as string),
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
