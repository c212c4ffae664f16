import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { changeCase, type CaseChange } from '@/lib/cases/change-case';
import { NotFoundError, UserFacingError } from '@/lib/errors';
import type { Concern } from '@/lib/generated/prisma/client';
import type { joinIncidentSchema, leaveIncidentSchema, newIncidentSchema } from './incident-schemas';
import { findIncidentInScope } from './incident-scope';

export const ALREADY_IN_INCIDENT = 'This case is already part of an event. Take it out first.';
export const NOT_IN_INCIDENT = 'This case is not part of an event.';

const joinChange = (incidentId: string): CaseChange => ({
  patch: { incidentId },
  event: {
    kind: 'INCIDENT_JOINED',
    summary: 'Grouped with other concerns about the same event.',
    detail: { incidentId },
  },
  auditDetail: { incidentId },
});

function refuseIfGrouped(concern: Concern) {
  if (concern.incidentId) throw new UserFacingError(ALREADY_IN_INCIDENT);
}

/** Starts an incident from this case: the team names the event; the case is its first concern. */
export async function groupCaseAsNewIncident(user: SessionUser, input: z.infer<typeof newIncidentSchema>) {
  let incidentId = '';
  await changeCase(user, input, 'concern.incident.join', async (tx, concern) => {
    refuseIfGrouped(concern);
    const incident = await tx.incident.create({
      data: { partnershipId: concern.partnershipId, title: input.incidentTitle, createdById: user.id },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'incident.create',
      subject: 'Incident',
      subjectId: incident.id,
      partnershipId: concern.partnershipId,
      detail: { concernId: concern.id },
    });
    incidentId = incident.id;
    return joinChange(incident.id);
  });
  return { incidentId };
}

/**
 * Adds this case to an incident the user already sees (through another case in their reach), in the case's
 * own partnership. Another team's incident is "not found", exactly as an unknown id.
 */
export async function groupCaseIntoIncident(user: SessionUser, input: z.infer<typeof joinIncidentSchema>) {
  await changeCase(user, input, 'concern.incident.join', async (tx, concern) => {
    refuseIfGrouped(concern);
    const incident = await findIncidentInScope(tx, user, input.incidentId);
    if (!incident || incident.partnershipId !== concern.partnershipId) throw new NotFoundError();
    return joinChange(incident.id);
  });
}

/** Takes the case out of its incident; the incident and its other concerns stay. */
export async function takeCaseOutOfIncident(user: SessionUser, input: z.infer<typeof leaveIncidentSchema>) {
  await changeCase(user, input, 'concern.incident.leave', async (_tx, concern) => {
    if (!concern.incidentId) throw new UserFacingError(NOT_IN_INCIDENT);
    return {
      patch: { incidentId: null },
      event: {
        kind: 'INCIDENT_LEFT',
        summary: 'Taken out of its event.',
        detail: { incidentId: concern.incidentId },
      },
      auditDetail: { incidentId: concern.incidentId },
    };
  });
}
