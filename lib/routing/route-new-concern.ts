import 'server-only';
import type { Tx } from '@/lib/db';
import type { ConcernRoute } from '@/lib/generated/prisma/enums';
import { queueConcernNotifications } from './queue-concern-notifications';

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

export interface RouteDecision {
  route: ConcernRoute;
  /** The school's active DSLs and deputies. */
  team: number;
}

/** Who receives a concern for this school (see routeNewConcern), decided before the concern is stored. */
export async function decideRoute(tx: Tx, schoolId: string | null): Promise<RouteDecision> {
  const team = schoolId
    ? await tx.membership.count({
        where: {
          schoolId,
          role: { in: ['DSL', 'DEPUTY_DSL'] },
          school: { active: true },
          user: { active: true },
        },
      })
    : 0;
  return { route: team > 0 ? 'SCHOOL' : 'FRONT_DOOR', team };
}

/**
 * Decides who receives a new concern and records it, in the transaction that stores the concern: the
 * school's safeguarding team when the school is known, active and has an active DSL or deputy; otherwise
 * the partnership's front-door team. The team's notifications and the reporter's acknowledgement are queued in the same
 * transaction, so they are sent after commit and never for a concern that was rolled back. A concern
 * created with its route already decided (`createdWith`, from decideRoute) is not written again.
 */
export async function routeNewConcern(
  tx: Tx,
  concern: NewConcern,
  createdWith?: RouteDecision,
): Promise<ConcernRoute> {
  const { route, team } = createdWith ?? (await decideRoute(tx, concern.schoolId));
  if (!createdWith) await tx.concern.update({ where: { id: concern.id }, data: { route } });
  const notified = await queueConcernNotifications(tx, concern, route);
  await tx.concernEvent.create({
    data: {
      concernId: concern.id,
      kind: 'ROUTED',
      summary:
        route === 'SCHOOL'
          ? 'Sent to the school’s safeguarding team.'
          : concern.schoolId
            ? 'Sent to the partnership front-door team: the school has no active safeguarding lead here.'
            : 'Sent to the partnership front-door team: the school is not known or is outside the area.',
      // `alerted` is the key chronology entries already hold (they are append-only): kept for them.
      detail: { route, teamSize: team, alerted: notified },
    },
  });
  return route;
}
