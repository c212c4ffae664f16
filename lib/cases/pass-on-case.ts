import 'server-only';
import type { z } from 'zod';
import { UserFacingError } from '@/lib/actions/define-action';
import { isUuid } from '@/lib/actions/text-fields';
import type { SessionUser } from '@/lib/auth/session';
import type { Tx } from '@/lib/db';
import { sealingFor } from '@/lib/encryption/seal-owner';
import type { Concern } from '@/lib/generated/prisma/client';
import { queueConcernNotifications } from '@/lib/routing/queue-concern-notifications';
import { readRoute, type RouteRead } from '@/lib/routing/read-route';
import { TO_FRONT_DOOR, type passOnSchema } from './case-form-schemas';
import { scopedSchoolIds } from './case-scope';
import { changeCase, type CaseChange } from './change-case';
import { moveToPartnership } from './move-to-partnership';
import { queuePassedOnOften } from './queue-passed-on-often';

export const PASS_ON_AUDIT_ACTION = 'concern.pass-on';
export const TRANSFER_OPEN =
  'This case’s file is being sent to a new school. Cancel that transfer before passing the case on';

type PassOn = z.infer<typeof passOnSchema>;

/** Where the case goes: the school's partnership and team, or a partnership's front door. */
interface Destination {
  partnershipId: string;
  schoolId: string | null;
  name: string;
  /** Its route and who is told, read with the destination in one statement. */
  routing: RouteRead;
}

/**
 * Passes a case that is not ours to another school on the service or to the front-door team, in one
 * transaction (changeCase: scope, version check, chronology and audit entries). The case becomes the new
 * school's partnership's, its new team is notified as for a new concern, the escalation clock starts again
 * (receivedAt), and the sending team keeps only the ConcernMove line. Refused, with nothing changed: a
 * closed case, an unknown or inactive school, the school or front door it is already with (the front door
 * may send a case back to its own school once that school has a lead).
 */
export function passOnCase(user: SessionUser, input: PassOn) {
  return changeCase(user, input, PASS_ON_AUDIT_ACTION, (tx, concern) =>
    passOnChange(tx, user, concern, input),
  );
}

async function passOnChange(tx: Tx, user: SessionUser, concern: Concern, input: PassOn): Promise<CaseChange> {
  if (concern.status === 'CLOSED') throw new UserFacingError('A closed case cannot be passed on');
  // Its file is on its way to a new school (lib/transfers/): that school answers first, or the sender cancels.
  if (await tx.fileTransfer.count({ where: { concernId: concern.id, status: 'SENT' } })) {
    throw new UserFacingError(TRANSFER_OPEN);
  }
  const to = await destinationOf(tx, concern, input);
  const { route } = to.routing;
  if (to.schoolId === concern.schoolId && route !== 'SCHOOL') {
    throw new UserFacingError(
      'That school has no safeguarding lead on the service yet, so the case would come back to you. Keep it for now',
      'to',
    );
  }
  const site = concern.reportedViaPartnershipId ?? concern.partnershipId;
  const now = new Date();
  const move = await sealingFor(concern.partnershipId, () =>
    tx.concernMove.create({
      data: {
        concernId: concern.id,
        fromPartnershipId: concern.partnershipId,
        fromSchoolId: sendingSchool(user, concern),
        toPartnershipId: to.partnershipId,
        toSchoolId: to.schoolId,
        byId: user.id,
        at: now,
        reason: input.reason,
      },
    }),
  );
  const moved = { ...concern, partnershipId: to.partnershipId, schoolId: to.schoolId };
  const notified = await queueConcernNotifications(tx, moved, to.routing, { moveId: move.id });
  const times = concern.passedOnCount + 1;
  if (to.partnershipId !== concern.partnershipId) {
    await moveToPartnership(tx, concern, to.partnershipId);
  }
  // A child record is the sending school's file: the case leaves it, so that school's child page no
  // longer reads a case it may not see. The receiving school links it to its own record if it keeps one.
  const unlinkedFromChild = concern.childRecordId != null;
  // So is an incident the sending team grouped it into: its title and other cases are theirs.
  const leftIncident = concern.incidentId != null;
  if (times >= 2 && route === 'SCHOOL') await queuePassedOnOften(tx, moved, { moveId: move.id, times });
  return {
    patch: {
      partnershipId: to.partnershipId,
      reportedViaPartnershipId: site === to.partnershipId ? null : site,
      schoolId: to.schoolId,
      route,
      status: 'NEW',
      assignedToId: null,
      firstOpenedAt: null,
      escalatedAt: null,
      receivedAt: now,
      passedOnCount: times,
      childRecordId: null,
      incidentId: null,
    },
    event: {
      kind: 'PASSED_ON',
      summary: `Passed on to ${to.name}.`,
      detail: { to: to.name, reason: input.reason, notified, times, unlinkedFromChild, leftIncident },
    },
    auditDetail: {
      moveId: move.id,
      fromPartnershipId: concern.partnershipId,
      fromSchoolId: move.fromSchoolId,
      toPartnershipId: to.partnershipId,
      toSchoolId: to.schoolId,
    },
  };
}

/** The school whose team passes it on; null when the front door does (its own, or one escalated to it). */
function sendingSchool(user: SessionUser, concern: Concern): string | null {
  const ours = concern.route === 'SCHOOL' && concern.schoolId;
  return ours && scopedSchoolIds(user).includes(ours) ? ours : null;
}

/**
 * The school from the service's list (any partnership), or this case's own partnership's front door, with
 * its route, team and name (readRoute: one statement for all of it).
 */
async function destinationOf(tx: Tx, concern: Concern, input: PassOn): Promise<Destination> {
  if (input.to === TO_FRONT_DOOR) {
    if (concern.route === 'FRONT_DOOR') {
      throw new UserFacingError('The case is already with the front-door team', 'to');
    }
    const routing = await readRoute(tx, { schoolId: null, partnershipId: concern.partnershipId });
    return { partnershipId: concern.partnershipId, schoolId: null, name: routing.teamName, routing };
  }
  if (!isUuid(input.to)) throw new UserFacingError('Select a school from the list', 'to');
  const routing = await readRoute(tx, { schoolId: input.to, partnershipId: concern.partnershipId });
  const { school } = routing;
  if (!school) throw new UserFacingError('Select a school from the list', 'to');
  if (!school.active) {
    throw new UserFacingError('That school is no longer on the service. Choose another school', 'to');
  }
  // A case the front door holds for a school that had no lead when it was sent may go back to that school.
  if (school.id === concern.schoolId && concern.route === 'SCHOOL') {
    throw new UserFacingError('The case is already with that school. Choose another school', 'to');
  }
  return { partnershipId: school.partnershipId, schoolId: school.id, name: school.name, routing };
}
