import 'server-only';
import type { Tx } from '@/lib/db';
import { siteFor } from '@/lib/email/partnership-site';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ConcernRoute } from '@/lib/generated/prisma/enums';
import {
  frontDoorJson,
  SCHOOL_TEAM_ROLES,
  schoolTeamJson,
  uniqueRecipients,
  type NotificationRecipient,
} from './find-notification-recipients';
import { teamNameSql } from './team-name-for';

/** Everything the routing of a concern to a school (or its partnership's front door) needs, read at once. */
export interface RouteRead {
  /** The school asked about, as it is now (active or not); null when none was asked or there is none. */
  school: { id: string; name: string; active: boolean; partnershipId: string } | null;
  /** The partnership the concern belongs to: the school's when there is one, else the one given. */
  partnershipId: string;
  route: ConcernRoute;
  /** The school's active DSLs and deputies (memberships, as the ROUTED entry has always counted them). */
  team: number;
  /** Who is told of the concern on this route: the school's team, else the front door's, one per address. */
  recipients: NotificationRecipient[];
  /** The school's name when one was chosen, else the partnership's front door (teamNameSql). */
  teamName: string;
  /** The partnership's web address for email links (partnershipSite's rule). */
  site: string;
}

interface Row {
  school: RouteRead['school'];
  partnershipId: string;
  teamName: string;
  team: NotificationRecipient[];
  frontDoor: NotificationRecipient[] | null;
  primaryHost: string | null;
}

/**
 * Routes a concern for `schoolId` in one statement, where it took five (the team's count, its members and
 * their addresses, the school's name, the partnership's front door and address): on a parent's "Send
 * report" and on a case passed on, every statement is a round trip inside the transaction. The rules are
 * not written here: the school's team and the front door are schoolTeamJson and frontDoorJson
 * (find-notification-recipients.ts), the name teamNameSql (team-name-for.ts), one address once
 * uniqueRecipients, the site siteFor; the other notifications run the same fragments alone. The school's
 * partnership comes from the School row, never from the caller; `partnershipId` is used only when no
 * school is named (the site's, or the case's own front door).
 */
export async function readRoute(
  tx: Tx,
  where: { schoolId: string | null; partnershipId: string },
): Promise<RouteRead> {
  const [row] = await tx.$queryRaw<Row[]>`
    WITH school AS (
      SELECT s.id, s.name, s.active, s."partnershipId" FROM "School" s WHERE s.id = ${where.schoolId}::uuid
    ), team AS (
      SELECT ${schoolTeamJson(Prisma.sql`${where.schoolId}::uuid`, SCHOOL_TEAM_ROLES)} AS members
    )
    SELECT (SELECT row_to_json(school) FROM school) AS school, p.id AS "partnershipId",
      ${teamNameSql(Prisma.sql`(SELECT name FROM school)`, Prisma.sql`p.name`)} AS "teamName",
      team.members AS team,
      CASE WHEN json_array_length(team.members) = 0 THEN ${frontDoorJson(Prisma.sql`p.id`)} END AS "frontDoor",
      (SELECT h.hostname FROM "PartnershipHost" h WHERE h."partnershipId" = p.id AND h."primary") AS "primaryHost"
    FROM "Partnership" p, team
    WHERE p.id = coalesce((SELECT "partnershipId" FROM school), ${where.partnershipId}::uuid)`;
  if (!row) throw new Error('The partnership to route to does not exist.');
  const route: ConcernRoute = row.team.length > 0 ? 'SCHOOL' : 'FRONT_DOOR';
  return {
    school: row.school,
    partnershipId: row.partnershipId,
    route,
    team: row.team.length,
    recipients: uniqueRecipients(route === 'SCHOOL' ? row.team : (row.frontDoor ?? [])),
    teamName: row.teamName,
    site: siteFor(row.primaryHost),
  };
}
