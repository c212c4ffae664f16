// The shape of a journey's answers as kept in ReportDraft.answers. Each page writes its own part.
import type { NextStep } from './next-steps';

export interface Answers {
  /** Random, set when the draft is made: Concern.submissionKey, so a double submit makes one concern. */
  submissionKey?: string;
  /** The parent's answer to "Is a child in danger right now?"; one of the urgency rules (urgency-rules.ts). */
  urgent?: boolean;
  schoolQuery?: string;
  /** A school id, or one of NO_SCHOOL. */
  school?: string;
  schoolOther?: string;
  childName?: string;
  childAge?: number | null;
  childYear?: number | null;
  platforms?: string[];
  platformOther?: string;
  /** The stranger's name or link on each platform that has one, by platform id; optional, typed as given. */
  accounts?: Record<string, string>;
  /** "Have you already reported it to the app or website?": YES, NO or NOT_YET; absent if skipped. */
  reportedToPlatform?: string;
  harms?: string[];
  /** What else happened, when the "something else" harm is chosen. */
  harmOther?: string;
  /** "Do you think the person was an adult?": YES, NO (another child) or NOT_SURE; absent if skipped. */
  personWasAdult?: string;
  happened?: string;
  stillHappening?: string;
  childKnows?: string;
  description?: string;
  relationship?: string;
  /** How the parent knows the child, when they chose "something else". */
  relationshipOther?: string;
  contact?: 'CONTACT' | 'ANONYMOUS';
  reporterName?: string;
  reporterEmail?: string;
  reporterPhone?: string;
  reporterSafeTimes?: string;
  /** Set once sent: the receipt is sealed with a key only the browser's cookie holds. */
  sent?: {
    reference: string;
    sealedReceipt: string;
    urgent?: boolean;
    anonymous?: boolean;
    /** What the parent can do next (lib/reporting/next-steps.ts): platform slugs and kinds, nothing they typed. */
    nextSteps?: NextStep[];
  };
  /**
   * Read through a token the journey moved on from when it was sent (a response lost in a crash, or a
   * copy of the cookie someone else kept): there is a report, but nothing of it for this token to see.
   */
  sentElsewhere?: true;
}

// Where each page goes is defined once, with the pages themselves, in journey.ts.
export { backLink, firstUnanswered, pageAfterSaving } from './journey';
