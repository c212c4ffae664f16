import 'server-only';
import type { Tx } from '@/lib/db';
import type { ConcernRoute } from '@/lib/generated/prisma/enums';
import { queueConcernNotifications } from './queue-concern-notifications';
import { readRoute, type RouteRead } from './read-route';

export interface NewConcern {
  id: string;
  reference: string;
  partnershipId: string;
  schoolId: string | null;
  urgent: boolean;
  reporterEmail: string | null;
  /** The language the parent wrote in (`Concern.language`): their acknowledgement's language. */
  language: string;
}

/**
 * The chronology entry that says who received a new concern: the school's safeguarding team when the school
 * is known, active and has an active DSL or deputy; otherwise the partnership's front-door team. Built before
 * the concern is stored (from readRoute), so it is written with the concern's first entry in one statement.
 */
export function routedEvent(
  schoolId: string | null,
  routing: Pick<RouteRead, 'route' | 'team' | 'recipients'>,
) {
  const { route, team } = routing;
  return {
    kind: 'ROUTED' as const,
    summary:
      route === 'SCHOOL'
        ? 'Sent to the school’s safeguarding team.'
        : schoolId
          ? 'Sent to the partnership front-door team: the school has no active safeguarding lead here.'
          : 'Sent to the partnership front-door team: the school is not known or is outside the area.',
    // `alerted` is the key chronology entries already hold (they are append-only): kept for them.
    detail: { route, teamSize: team, alerted: routing.recipients.length },
  };
}

/**
 * Routes a concern already stored (tests and benches that make concerns directly; a parent's report is
 * routed before it is stored, in lib/reporting/submit-concern.ts): records the route and its ROUTED entry
 * and queues the team's notifications and the reporter's acknowledgement, in the caller's transaction, so
 * they are sent after commit and never for a concern that was rolled back.
 */
export async function routeNewConcern(tx: Tx, concern: NewConcern): Promise<ConcernRoute> {
  const routing = await readRoute(tx, concern);
  await tx.concern.update({ where: { id: concern.id }, data: { route: routing.route } });
  await queueConcernNotifications(tx, concern, routing);
  await tx.concernEvent.create({
    data: { concernId: concern.id, ...routedEvent(concern.schoolId, routing) },
  });
  return routing.route;
}
