// How the record's codes read to people. Shared by the pages, the print view and the PDF.
import type {
  ConcernEventKind,
  ConcernStatus,
  ReferralDestination,
  RiskLevel,
} from '@/lib/generated/prisma/enums';

export type { ConcernStatus };

export const STATUS_LABELS: Record<ConcernStatus, string> = {
  NEW: 'New',
  OPENED: 'Opened',
  UNDER_REVIEW: 'Under review',
  ACTION_TAKEN: 'Action taken',
  REFERRED: 'Referred',
  CLOSED: 'Closed',
};

export const RISK_LABELS: Record<RiskLevel, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };

export const DESTINATION_LABELS: Record<ReferralDestination, string> = {
  CHILDRENS_SOCIAL_CARE: 'Children’s social care (MASH or front door)',
  POLICE: 'Police',
  CEOP: 'CEOP',
  IWF: 'Internet Watch Foundation (IWF)',
  LADO: 'Local authority designated officer (LADO)',
  EARLY_HELP: 'Early help',
  OTHER: 'Other',
};

export const EVENT_LABELS: Record<ConcernEventKind, string> = {
  SUBMITTED: 'Received',
  ROUTED: 'Routed',
  OPENED: 'Opened',
  NOTE: 'Note',
  DECISION: 'Decision',
  ACTION: 'Action taken',
  REFERRAL: 'Referral',
  INFORMATION_SHARING: 'Information sharing',
  RISK_RATED: 'Risk rated',
  ASSIGNED: 'Assigned',
  STATUS_CHANGED: 'Status changed',
  ESCALATED: 'Escalated',
  MESSAGE_TO_REPORTER: 'Message to the reporter',
  MESSAGE_FROM_REPORTER: 'Message from the reporter',
  REPORTER_ADDED_INFORMATION: 'Reporter added information',
  PLATFORM_RESPONSE: 'Reporter said what the platform did',
  MARKED_URGENT: 'Marked urgent',
  REPORTER_GAVE_EMAIL: 'Reporter gave an email address',
  PASSED_ON: 'Passed on',
  TRANSFER_SENT: 'File transfer sent',
  TRANSFER_ACCEPTED: 'File transfer accepted',
  TRANSFER_RETURNED: 'File transfer returned',
  TRANSFER_CANCELLED: 'File transfer cancelled',
  TRANSFER_LINK_USED: 'File transfer link used',
  CHILD_LINKED: 'Linked to a child',
  CHILD_UNLINKED: 'Unlinked from a child',
  INCIDENT_JOINED: 'Grouped into an event',
  INCIDENT_LEFT: 'Taken out of an event',
  REVIEW_REQUESTED: 'Review asked for',
  REVIEW_FINISHED: 'Review finished',
};

/** Labels for the structured detail of a chronology entry, in display order. */
export const DETAIL_LABELS: Record<string, string> = {
  reason: 'Reason',
  rationale: 'Rationale',
  destination: 'Referred to',
  referredOn: 'Date referred',
  theirReference: 'Their reference',
  what: 'What was shared',
  withWhom: 'Shared with',
  decision: 'Decision',
  outcome: 'Outcome',
  from: 'From',
  to: 'To',
  assignee: 'Assigned to',
};

/** Audit verbs as the access log shows them. */
export const AUDIT_LABELS: Record<string, string> = {
  'concern.view': 'Viewed the case',
  'concern.open': 'Opened the case for the first time',
  'concern.print': 'Viewed the print version',
  'concern.review.view': 'Viewed the case for a review',
  'concern.review.print': 'Viewed the print version for a review',
  'concern.review.pdf': 'Downloaded the PDF for a review',
  'concern.review.finish': 'Finished the review',
  'concern.export.pdf': 'Downloaded the PDF',
  'concern.note.add': 'Added a note',
  'concern.decision.add': 'Recorded a decision',
  'concern.action.add': 'Recorded an action',
  'concern.referral.add': 'Recorded a referral',
  'concern.information-sharing.add': 'Recorded an information-sharing decision',
  'concern.share-request.answer': 'Answered the front door’s request to share',
  'concern.risk.rate': 'Rated the risk',
  'concern.pass-on': 'Passed the case on',
  'concern.incident.join': 'Grouped the case into an event',
  'concern.incident.leave': 'Took the case out of its event',
  'concern.assign': 'Assigned the case',
  'concern.status.change': 'Changed the status',
  'concern.message.send': 'Sent a message to the reporter',
};

/** A school year as people say it: 0 is Reception, 1..13 are Years 1 to 13. */
export function schoolYearLabel(year: number): string {
  return year === 0 ? 'Reception' : `Year ${year}`;
}
