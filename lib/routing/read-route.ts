import 'server-only';
import type { Tx } from '@/lib/db';
import { siteFor } from '@/lib/email/partnership-site';
import type { ConcernRoute } from '@/lib/generated/prisma/enums';
import { uniqueRecipients, type NotificationRecipient } from './find-notification-recipients';

/** Everything the routing of a concern to a school (or its partnership's front door) needs, read at once. */
export interface RouteRead {
  /** The school asked about, as it is now (active or not); null when none was asked or there is none. */
  school: { id: string; name: string; active: boolean; partnershipId: string } | null;
  /** The partnership the concern belongs to: the school's when there is one, else the one given. */
  partnershipId: string;
  route: ConcernRoute;
  /** The school's active DSLs and deputies (memberships, as the ROUTED entry has always counted them). */
  team: number;
  /** Who is told of the concern on this route (findNotificationRecipients' rules). */
  recipients: NotificationRecipient[];
  /** The school's name when one was chosen, else the partnership's front door (teamNameFor's rule). */
  teamName: string;
  /** The partnership's web address for email links (partnershipSite's rule). */
  site: string;
}

interface Row {
  school: RouteRead['school'];
  partnershipId: string;
  partnershipName: string;
  frontDoorEmail: string | null;
  team: NotificationRecipient[];
  frontDoor: NotificationRecipient[] | null;
  primaryHost: string | null;
}

/**
 * Routes a concern for `schoolId` in one statement, where it took five (the team's count, its members and
 * their addresses, the school's name, the partnership's front door and address): on a parent's "Send
 * report" and on a case passed on, every statement is a round trip inside the transaction. The rules are
 * those of decideRoute, schoolTeam, frontDoorTeam, teamNameFor and partnershipSite, which the other
 * notifications use; tests/integration/new-concern-notifications.test.ts, submit-concern.test.ts and
 * pass-on.test.ts hold them to the same answers. The school's partnership comes from the School row, never from the caller; `partnershipId` is
 * used only when no school is named (the site's, or the case's own front door).
 */
export async function readRoute(
  tx: Tx,
  where: { schoolId: string | null; partnershipId: string },
): Promise<RouteRead> {
  const [row] = await tx.$queryRaw<Row[]>`
    WITH school AS (
      SELECT s.id, s.name, s.active, s."partnershipId" FROM "School" s WHERE s.id = ${where.schoolId}::uuid
    ), team AS (
      SELECT u.id AS key, u.email FROM "Membership" m
        JOIN school s ON s.id = m."schoolId" AND s.active
        JOIN "StaffUser" u ON u.id = m."userId" AND u.active
      WHERE m.role IN ('DSL', 'DEPUTY_DSL')
    )
    SELECT (SELECT row_to_json(school) FROM school) AS school,
      p.id AS "partnershipId", p.name AS "partnershipName", p."frontDoorEmail",
      (SELECT coalesce(json_agg(team), '[]') FROM team) AS team,
      CASE WHEN NOT EXISTS (SELECT 1 FROM team) THEN (
        SELECT coalesce(json_agg(json_build_object('key', u.id, 'email', u.email)), '[]')
        FROM "Membership" m JOIN "StaffUser" u ON u.id = m."userId" AND u.active
        WHERE m."partnershipId" = p.id AND m.role = 'FRONT_DOOR'
      ) END AS "frontDoor",
      (SELECT h.hostname FROM "PartnershipHost" h WHERE h."partnershipId" = p.id AND h."primary") AS "primaryHost"
    FROM "Partnership" p
    WHERE p.id = coalesce((SELECT "partnershipId" FROM school), ${where.partnershipId}::uuid)`;
  if (!row) throw new Error('The partnership to route to does not exist.');
  const route: ConcernRoute = row.team.length > 0 ? 'SCHOOL' : 'FRONT_DOOR';
  const mailbox = row.frontDoorEmail ? [{ key: 'front-door', email: row.frontDoorEmail }] : [];
  return {
    school: row.school,
    partnershipId: row.partnershipId,
    route,
    team: row.team.length,
    recipients: uniqueRecipients(route === 'SCHOOL' ? row.team : [...(row.frontDoor ?? []), ...mailbox]),
    teamName: row.school ? row.school.name : `${row.partnershipName} front door`,
    site: siteFor(row.primaryHost),
  };
}
