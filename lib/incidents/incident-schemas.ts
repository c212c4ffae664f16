// One strict zod schema per incident form (issue 18). The partnership and the cases' scope come from the
// session, never from the form; an incident is named by its id only to join it, and checked in scope.
import { z } from 'zod';
import { caseForm, text } from '@/lib/cases/case-form-schemas';

export const newIncidentSchema = caseForm({
  incidentTitle: text(120, 'Enter a short name for the event', 'The name must be 120 characters or fewer'),
});

export const joinIncidentSchema = caseForm({
  incidentId: z.uuid({ error: 'Select the event' }),
});

export const leaveIncidentSchema = caseForm({});
