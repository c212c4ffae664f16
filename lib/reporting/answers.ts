// The shape of a journey's answers as kept in ReportDraft.answers. Each page writes its own part.
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
  harms?: string[];
  /** What else happened, when the "something else" harm is chosen. */
  harmOther?: string;
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
  sent?: { reference: string; sealedReceipt: string; urgent?: boolean };
  /**
   * Read through a token the journey moved on from when it was sent (a response lost in a crash, or a
   * copy of the cookie someone else kept): there is a report, but nothing of it for this token to see.
   */
  sentElsewhere?: true;
}

/** The pages in order, each with the answer that says it is done. */
export const JOURNEY: { path: string; done: (a: Answers) => boolean }[] = [
  { path: '/report/danger', done: (a) => a.urgent !== undefined },
  { path: '/report/school', done: (a) => a.school !== undefined },
  { path: '/report/child', done: (a) => a.childAge != null || a.childYear != null },
  { path: '/report/platforms', done: (a) => (a.platforms?.length ?? 0) > 0 },
  { path: '/report/what-happened', done: (a) => (a.harms?.length ?? 0) > 0 && !!a.childKnows },
  { path: '/report/description', done: (a) => !!a.description },
  { path: '/report/about-you', done: (a) => !!a.relationship && !!a.contact },
];

/** The first page not yet answered, or null when the journey is ready to check. */
export function firstUnanswered(answers: Answers): string | null {
  return JOURNEY.find((step) => !step.done(answers))?.path ?? null;
}

/**
 * Where a question page goes once its answers are saved. On the first way through, the next question.
 * Once every question had been answered (the parent came from "Check your answers", by a Change link or
 * the Back link), back to the check page, unless the change made an answer needed that is not there yet.
 */
export function pageAfterSaving(before: Answers, after: Answers, next: string): string {
  if (firstUnanswered(before) !== null) return next;
  return firstUnanswered(after) ?? '/report/check';
}

/**
 * Where a question page's Back link goes: the question before it on the first way through; once every
 * question has an answer (the parent came from "Check your answers"), back there, as saving the page does.
 */
export function backLink(answers: Answers, previous: string): string {
  return firstUnanswered(answers) === null ? '/report/check' : previous;
}
