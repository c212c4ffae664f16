// What each form on the case record asks. Field names are unique across the page (ids must be), and each
// matches its schema in lib/cases/case-form-schemas.ts. A step that leads somewhere offers, unticked, the
// status it leads to and "Assign this case to me", only when either would change something.
import { NO_CLOSING_MESSAGE } from '@/lib/cases/case-form-schemas';
import { NEXT_STATUSES } from '@/lib/cases/change-case-status';
import { offerAssignToMe, statusAfterStep, type CaseStep } from '@/lib/cases/follow-on-changes';
import { DESTINATION_LABELS, RISK_LABELS, STATUS_LABELS } from '@/lib/cases/case-labels';
import { otherLanguageName } from '@/lib/cases/case-record-rows';
import type { CaseRecord } from '@/lib/cases/read-case-record';
import * as actions from './actions';
import type { CaseField } from './case-action-form';

export interface CaseFormSpec {
  /** Its name in the page's address (?action=note). */
  key: string;
  id: string;
  title: string;
  submit: string;
  action: typeof actions.addNoteAction;
  fields: CaseField[];
}

const reason = (name: string, label: string, hint?: string): CaseField => ({
  kind: 'textarea',
  name,
  label,
  hint,
  maxLength: 2000,
  rows: 3,
});

/** The "also" checkboxes for a step, or nothing when neither would change the case. */
function alsoField(record: CaseRecord, userId: string, step: CaseStep): CaseField[] {
  const status = statusAfterStep(step, record.status);
  const choices = [
    ...(status
      ? [
          {
            value: 'status',
            label: `Also set the status to ${STATUS_LABELS[status]}`,
            hint: `It is ${STATUS_LABELS[record.status].toLowerCase()} now.`,
          },
        ]
      : []),
    ...(offerAssignToMe(record, userId)
      ? [
          {
            value: 'assign',
            label: 'Assign this case to me',
            hint: record.assignedTo
              ? `It is assigned to ${record.assignedTo.name} now.`
              : 'Nobody is assigned yet.',
          },
        ]
      : []),
  ];
  if (choices.length === 0) return [];
  return [{ kind: 'checkboxes', name: 'also', legend: 'Update the case in the same step', choices }];
}

/** When the case can be closed: the partnership's messages the reporter may be sent, or none. */
function closingMessageField(record: CaseRecord): CaseField[] {
  if (!NEXT_STATUSES[record.status].includes('CLOSED') || record.closingMessages.length === 0) return [];
  return [
    {
      kind: 'radios',
      name: 'closingMessageId',
      legend: 'Message for the person who reported it, when closing',
      hint: 'They read it when they check their report. It says nothing about the child or what was done.',
      choices: [
        ...record.closingMessages.map((m) => ({ value: m.id, label: m.title, hint: m.body })),
        { value: NO_CLOSING_MESSAGE, label: 'No message', dividerBefore: true },
      ],
    },
  ];
}

/** "The parent reads Welsh. " before the message's hint, when they do: their emails come in it too. */
function readsIn(record: CaseRecord): string {
  const name = otherLanguageName(record.language);
  return name ? `The parent reads ${name}. Your message is sent as you write it. ` : '';
}

export function caseFormSpecs(record: CaseRecord, userId: string): CaseFormSpec[] {
  const also = (step: CaseStep) => alsoField(record, userId, step);
  return [
    {
      key: 'note',
      id: 'add-note',
      title: 'Add a note',
      submit: 'Add note',
      action: actions.addNoteAction,
      fields: [{ kind: 'textarea', name: 'note', label: 'Note', maxLength: 5000, rows: 4 }, ...also('note')],
    },
    {
      key: 'decision',
      id: 'record-decision',
      title: 'Record a decision',
      submit: 'Record decision',
      action: actions.recordDecisionAction,
      fields: [
        reason('decision', 'Decision'),
        reason(
          'decisionReason',
          'Reason for the decision',
          'Say why, so anyone reading the record later understands.',
        ),
        ...also('decision'),
      ],
    },
    {
      key: 'action',
      id: 'record-action',
      title: 'Record an action taken',
      submit: 'Record action',
      action: actions.recordActionTakenAction,
      fields: [reason('actionTaken', 'What was done'), ...also('action')],
    },
    {
      key: 'risk',
      id: 'rate-risk',
      title: 'Rate the risk',
      submit: 'Save risk rating',
      action: actions.rateRiskAction,
      fields: [
        {
          kind: 'radios',
          name: 'riskLevel',
          legend: 'Level of risk',
          choices: Object.entries(RISK_LABELS).map(([value, label]) => ({ value, label })),
        },
        reason('rationale', 'Why this level'),
        ...also('risk'),
      ],
    },
    {
      key: 'referral',
      id: 'record-referral',
      title: 'Record a referral',
      submit: 'Record referral',
      action: actions.recordReferralAction,
      fields: [
        {
          kind: 'radios',
          name: 'destination',
          legend: 'Referred to',
          choices: Object.entries(DESTINATION_LABELS).map(([value, label]) => ({ value, label })),
        },
        { kind: 'text', name: 'destinationOther', label: 'If other, who', maxLength: 200, width: 30 },
        {
          kind: 'text',
          name: 'referredOn',
          label: 'Date of the referral',
          hint: 'For example, 27/3/2026',
          maxLength: 20,
          width: 10,
        },
        {
          kind: 'text',
          name: 'theirReference',
          label: 'Their reference (optional)',
          maxLength: 100,
          width: 20,
        },
        ...also('referral'),
      ],
    },
    {
      key: 'sharing',
      id: 'record-sharing',
      title: 'Record an information-sharing decision',
      submit: 'Record decision',
      action: actions.recordInformationSharingAction,
      fields: [
        {
          kind: 'radios',
          name: 'shared',
          legend: 'Did you share information?',
          choices: [
            { value: 'SHARED', label: 'Yes, information was shared' },
            { value: 'NOT_SHARED', label: 'No, we decided not to share' },
          ],
        },
        reason('what', 'What was shared', 'Leave empty if you decided not to share.'),
        { kind: 'text', name: 'withWhom', label: 'Who it was shared with', maxLength: 200, width: 30 },
        reason('sharingReason', 'Why'),
        ...also('sharing'),
      ],
    },
    {
      key: 'assign',
      id: 'assign-case',
      title: 'Assign the case',
      submit: 'Assign',
      action: actions.assignCaseAction,
      fields: [
        {
          kind: 'radios',
          name: 'assigneeId',
          legend: 'Assign to',
          choices: record.team.map((m) => ({ value: m.id, label: m.name })),
        },
      ],
    },
    {
      key: 'status',
      id: 'change-status',
      title: 'Change the status',
      submit: 'Change status',
      action: actions.changeStatusAction,
      fields: [
        {
          kind: 'radios',
          name: 'status',
          legend: 'New status',
          choices: NEXT_STATUSES[record.status].map((s) => ({ value: s, label: STATUS_LABELS[s] })),
        },
        reason('outcome', 'Outcome', 'Needed when closing the case.'),
        reason('statusReason', 'Reason', 'Needed when closing or re-opening the case.'),
        ...closingMessageField(record),
      ],
    },
    {
      key: 'message',
      id: 'message-reporter',
      title: 'Send a message to the reporter',
      submit: 'Send message',
      action: actions.messageReporterAction,
      fields: [
        {
          kind: 'textarea',
          name: 'body',
          label: 'Message',
          hint: `${readsIn(record)}The reporter reads this with their reference and secret code. They will not see your name.`,
          maxLength: 2000,
          rows: 4,
        },
        ...also('message'),
      ],
    },
  ];
}
