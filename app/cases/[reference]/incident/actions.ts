'use server';
// Grouping a case into an incident (issue 18). Each action authorises itself (the permission here, the
// case's scope and the incident's scope inside lib/incidents), because a server action is a public endpoint.
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requirePermission } from '@/lib/auth/session';
import {
  groupCaseAsNewIncident,
  groupCaseIntoIncident,
  takeCaseOutOfIncident,
} from '@/lib/incidents/group-case';
import { joinIncidentSchema, leaveIncidentSchema, newIncidentSchema } from '@/lib/incidents/incident-schemas';

const casePath = (reference: string) => `/cases/${encodeURIComponent(reference)}`;

export const newIncidentAction = defineAction({
  name: 'case.incident.new',
  schema: newIncidentSchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    await groupCaseAsNewIncident(user, input);
    revalidatePath(casePath(input.reference));
    return { ok: true, message: 'Event made and case added to it' };
  },
});

export const joinIncidentAction = defineAction({
  name: 'case.incident.join',
  schema: joinIncidentSchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    await groupCaseIntoIncident(user, input);
    revalidatePath(casePath(input.reference));
    return { ok: true, message: 'Case added to the event' };
  },
});

export const leaveIncidentAction = defineAction({
  name: 'case.incident.leave',
  schema: leaveIncidentSchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    await takeCaseOutOfIncident(user, input);
    revalidatePath(casePath(input.reference));
    return { ok: true, message: 'Case taken out of the event' };
  },
});
