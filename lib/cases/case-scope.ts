import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Which concerns this member of staff may see, as a where-clause to AND into every case query.
 * DSLs and deputies: their own schools' concerns. The front-door team: their partnership's unrouted
 * concerns, any concern escalated to them and any passed on twice or more (lib/cases/pass-on-case.ts).
 * Anyone else: null — callers refuse before querying, so a missing clause can never widen into "every
 * concern".
 */
export function caseScopeWhere(user: SessionUser | null): Prisma.ConcernWhereInput | null {
  if (!user) return null;
  const schoolIds = unique(
    user.memberships
      .filter((m) => (m.role === 'DSL' || m.role === 'DEPUTY_DSL') && m.schoolId)
      .map((m) => m.schoolId as string),
  );
  const frontDoorPartnerships = unique(
    user.memberships.filter((m) => m.role === 'FRONT_DOOR').map((m) => m.partnershipId),
  );
  const reach: Prisma.ConcernWhereInput[] = [];
  if (schoolIds.length > 0) reach.push({ schoolId: { in: schoolIds } });
  if (frontDoorPartnerships.length > 0) {
    reach.push({
      partnershipId: { in: frontDoorPartnerships },
      OR: [{ route: 'FRONT_DOOR' }, { escalatedAt: { not: null } }, { passedOnCount: { gte: 2 } }],
    });
  }
  if (reach.length === 0) return null;
  return reach.length === 1 ? (reach[0] as Prisma.ConcernWhereInput) : { OR: reach };
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
  const frontDoors = unique(
    user!.memberships.filter((m) => m.role === 'FRONT_DOOR').map((m) => m.partnershipId),
  );
  return [
    ...scopedSchoolIds(user!).map((schoolId): Prisma.ConcernWhereInput => ({ schoolId })),
    ...frontDoors.flatMap((partnershipId): Prisma.ConcernWhereInput[] => [
      { partnershipId, route: 'FRONT_DOOR' },
      { partnershipId, route: 'SCHOOL', escalatedAt: { not: null } },
      { partnershipId, route: 'SCHOOL', escalatedAt: null, passedOnCount: { gte: 2 } },
    ]),
  ];
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
