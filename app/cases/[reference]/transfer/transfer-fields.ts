import type { Choice } from '@/components/forms/fields';
import type { CaseField } from '../case-action-form';
import { schoolChoices } from '../school-search';

/**
 * The questions of a transfer form (a case's file, or a child's whole file: the same schema's fields,
 * lib/transfers/transfer-schemas.ts): the school found by the search, the start date, the address for a
 * school off the service, a note.
 */
export function transferFields(schools: Choice[]): CaseField[] {
  return [
    {
      kind: 'radios',
      name: 'to',
      legend: 'Which school is the child moving to?',
      choices: schools,
    },
    {
      kind: 'text',
      name: 'childStartsOn',
      label: 'Date the child starts (or started) at the new school',
      hint: 'For example, 7/1/2027',
      maxLength: 20,
      width: 10,
    },
    {
      kind: 'text',
      name: 'recipientEmail',
      label:
        'Email address of the new school’s safeguarding lead (only if the school is not on this service)',
      hint: 'We send them a link to the file. It never contains the passcode.',
      maxLength: 254,
      width: 30,
    },
    {
      kind: 'textarea',
      name: 'note',
      label: 'Note for the new school (optional)',
      hint: 'For example, who to call about the child. The new school will read this.',
      maxLength: 1000,
      rows: 3,
    },
  ];
}

/** The schools the search found, as choices: one off the service says the sender will send a link by email. */
export function transferSchoolChoices(
  found: { id: string; name: string; town: string | null; postcode: string | null; onService: boolean }[],
): Choice[] {
  return schoolChoices(found).map((choice, i) =>
    found[i]!.onService
      ? choice
      : {
          ...choice,
          hint: [choice.hint, 'Not on this service: you will send a link by email']
            .filter(Boolean)
            .join('. '),
        },
  );
}
