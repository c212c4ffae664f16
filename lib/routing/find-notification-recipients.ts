import 'server-only';
import type { Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ConcernRoute, Role } from '@/lib/generated/prisma/enums';

export interface NotificationRecipient {
  /** A StaffUser id, or "front-door" for the partnership's shared mailbox. */
  key: string;
  email: string;
}

// The routing rules, written once as SQL (issue 15): readRoute (lib/routing/read-route.ts) puts them in its
// one statement for a parent's send and a pass-on; schoolTeam and frontDoorTeam below run them alone. Each
// takes its id as SQL, a parameter (Prisma.sql`${id}::uuid`) or the outer query's column, and keeps its own
// table aliases (st_*, fd_*) so that column can be any outer alias.

/** The roles of a school's safeguarding team: who is told of a new concern for the school. */
export const SCHOOL_TEAM_ROLES: readonly Role[] = ['DSL', 'DEPUTY_DSL'];

/**
 * A JSON array of {key, email}: the active members of one school's team in `roles`, none when the school
 * is inactive. One entry per membership (a person with two roles is there twice: the ROUTED entry counts
 * memberships); uniqueRecipients folds them.
 */
export function schoolTeamJson(schoolId: Prisma.Sql, roles: readonly Role[]): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_object('key', st_u.id, 'email', st_u.email)), '[]')
    FROM "Membership" st_m
      JOIN "School" st_s ON st_s.id = st_m."schoolId" AND st_s.active
      JOIN "StaffUser" st_u ON st_u.id = st_m."userId" AND st_u.active
    WHERE st_m."schoolId" = ${schoolId} AND st_m.role = ANY(${roles}::"Role"[]))`;
}

/**
 * A JSON array of {key, email}: the partnership's active front-door members, then its shared mailbox when
 * it has one (last, so a member whose address is also the mailbox keeps their own key).
 */
export function frontDoorJson(partnershipId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_object('key', fd.key, 'email', fd.email)
      ORDER BY fd.mailbox), '[]')
    FROM (SELECT fd_u.id::text AS key, fd_u.email, false AS mailbox
        FROM "Membership" fd_m JOIN "StaffUser" fd_u ON fd_u.id = fd_m."userId" AND fd_u.active
        WHERE fd_m."partnershipId" = ${partnershipId} AND fd_m.role = 'FRONT_DOOR'
      UNION ALL
      SELECT 'front-door', fd_p."frontDoorEmail", true FROM "Partnership" fd_p
        WHERE fd_p.id = ${partnershipId} AND fd_p."frontDoorEmail" IS NOT NULL) fd)`;
}

/** Active members of one school's safeguarding team in the given roles (schoolTeamJson), one per address. */
export async function schoolTeam(
  tx: Tx,
  schoolId: string,
  roles: readonly Role[],
): Promise<NotificationRecipient[]> {
  const [row] = await tx.$queryRaw<{ team: NotificationRecipient[] }[]>`
    SELECT ${schoolTeamJson(Prisma.sql`${schoolId}::uuid`, roles)} AS team`;
  return uniqueRecipients(row?.team ?? []);
}

/** The partnership's front-door team: each active member, plus its shared mailbox (frontDoorJson). */
export async function frontDoorTeam(tx: Tx, partnershipId: string): Promise<NotificationRecipient[]> {
  const [row] = await tx.$queryRaw<{ team: NotificationRecipient[] }[]>`
    SELECT ${frontDoorJson(Prisma.sql`${partnershipId}::uuid`)} AS team`;
  return uniqueRecipients(row?.team ?? []);
}

/** Who is notified of a new concern on this route. */
export async function findNotificationRecipients(
  tx: Tx,
  concern: { partnershipId: string; schoolId: string | null },
  route: ConcernRoute,
): Promise<NotificationRecipient[]> {
  return route === 'SCHOOL' && concern.schoolId
    ? schoolTeam(tx, concern.schoolId, SCHOOL_TEAM_ROLES)
    : frontDoorTeam(tx, concern.partnershipId);
}

/** One email per address, even when a person holds two roles or is also the shared mailbox. */
export function uniqueRecipients(recipients: NotificationRecipient[]): NotificationRecipient[] {
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const address = r.email.toLowerCase();
    if (seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}
