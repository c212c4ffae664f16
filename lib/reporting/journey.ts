// The public report journey, defined once: its pages in order, what each asks, when it is shown and which
// "Check your answers" rows it changes. Which page comes next, where Back goes, where a saved page goes,
// what "Send" finds missing and what each Change link opens are all read from this list.
// No 'server-only': pure, so unit tests walk every branch.
import type { Answers } from './answers';

/** The rows of "Check your answers"; their words are made in summarise-answers.ts. */
export type CheckRowId =
  | 'danger'
  | 'school'
  | 'child-name'
  | 'child-age'
  | 'platforms'
  | 'accounts'
  | 'reported-to-platform'
  | 'harms'
  | 'person-was-adult'
  | 'when'
  | 'still-happening'
  | 'child-knows'
  | 'description'
  | 'relationship'
  | 'contact'
  | 'reporter-name'
  | 'reporter-email'
  | 'reporter-phone'
  | 'reporter-safe-times';

export interface CheckRow {
  id: CheckRowId;
  /** Shown only when this holds (contact details only when the parent may be contacted). */
  shown?: (a: Answers) => boolean;
}

export interface JourneyStep {
  path: string;
  /**
   * 'question': asks something and is done once answered; Back and saving return to "Check your answers"
   * once every question is answered. 'advice' and 'results': read-only pages on the way; 'check' is the end.
   */
  kind: 'question' | 'advice' | 'results' | 'check';
  /** The answers the page writes (for a question, and for the school results, which finish the school). */
  owns: readonly (keyof Answers)[];
  /** Shown only when this holds; skipped otherwise (the 999 advice only after "yes, in danger now"). */
  applies?: (a: Answers) => boolean;
  /** A question's answers are complete. */
  done?: (a: Answers) => boolean;
  /** Shown after the page before it is saved even when the parent is changing an answer. */
  alwaysShown?: boolean;
  rows?: readonly CheckRow[];
}

const contactAllowed = (a: Answers) => a.contact === 'CONTACT';

export const JOURNEY: readonly [JourneyStep, ...JourneyStep[]] = [
  {
    path: '/report/danger',
    kind: 'question',
    owns: ['urgent'],
    done: (a) => a.urgent !== undefined,
    rows: [{ id: 'danger' }],
  },
  // After "yes": the 999 advice, every time, even when the answer was changed from "Check your answers".
  {
    path: '/report/danger-now',
    kind: 'advice',
    owns: [],
    applies: (a) => a.urgent === true,
    alwaysShown: true,
  },
  {
    path: '/report/school',
    kind: 'question',
    owns: ['schoolQuery'],
    done: (a) => a.school !== undefined,
    rows: [{ id: 'school' }],
  },
  { path: '/report/school/results', kind: 'results', owns: ['school', 'schoolOther'], alwaysShown: true },
  {
    path: '/report/child',
    kind: 'question',
    owns: ['childName', 'childAge', 'childYear'],
    done: (a) => a.childAge != null || a.childYear != null,
    rows: [{ id: 'child-name' }, { id: 'child-age' }],
  },
  {
    path: '/report/platforms',
    kind: 'question',
    owns: ['platforms', 'platformOther'],
    done: (a) => (a.platforms?.length ?? 0) > 0,
    rows: [{ id: 'platforms' }],
  },
  // Optional (no `done`): a parent who does not know the stranger's name just continues.
  {
    path: '/report/accounts',
    kind: 'question',
    owns: ['accounts'],
    applies: (a) => (a.platforms?.length ?? 0) > 0,
    rows: [{ id: 'accounts' }],
  },
  // Optional too: "not yet" is an answer, and so is saying nothing.
  {
    path: '/report/already-reported',
    kind: 'question',
    owns: ['reportedToPlatform'],
    applies: (a) => (a.platforms?.length ?? 0) > 0,
    rows: [{ id: 'reported-to-platform' }],
  },
  {
    path: '/report/what-happened',
    kind: 'question',
    owns: ['harms', 'harmOther', 'personWasAdult', 'happened', 'stillHappening', 'childKnows'],
    done: (a) => (a.harms?.length ?? 0) > 0 && !!a.childKnows,
    // "Was the person an adult?" is optional, so not part of `done`.
    rows: [
      { id: 'harms' },
      { id: 'person-was-adult' },
      { id: 'when' },
      { id: 'still-happening' },
      { id: 'child-knows' },
    ],
  },
  // The warning about pictures comes once, on the first way through; a change skips it.
  { path: '/report/images', kind: 'advice', owns: [] },
  {
    path: '/report/description',
    kind: 'question',
    owns: ['description'],
    done: (a) => !!a.description,
    rows: [{ id: 'description' }],
  },
  {
    path: '/report/about-you',
    kind: 'question',
    owns: [
      'relationship',
      'relationshipOther',
      'contact',
      'reporterName',
      'reporterEmail',
      'reporterPhone',
      'reporterSafeTimes',
    ],
    done: (a) => !!a.relationship && !!a.contact,
    rows: [
      { id: 'relationship' },
      { id: 'contact' },
      { id: 'reporter-name', shown: contactAllowed },
      { id: 'reporter-email', shown: contactAllowed },
      { id: 'reporter-phone', shown: contactAllowed },
      { id: 'reporter-safe-times', shown: contactAllowed },
    ],
  },
  { path: '/report/check', kind: 'check', owns: [] },
];

/** Where a journey starts, and where one with nothing to send goes back to. */
export const JOURNEY_START = JOURNEY[0].path;
const BEFORE_START = '/';
const CHECK = '/report/check';

const applies = (step: JourneyStep, a: Answers) => step.applies?.(a) ?? true;
const indexOf = (path: string) => {
  const index = JOURNEY.findIndex((step) => step.path === path);
  if (index < 0) throw new Error(`Not a page of the report journey: ${path}`);
  return index;
};
const stepAt = (path: string) => JOURNEY[indexOf(path)] as JourneyStep;

/** The first question not yet answered, or null when the journey is ready to check. */
export function firstUnanswered(answers: Answers): string | null {
  return JOURNEY.find((step) => step.done && applies(step, answers) && !step.done(answers))?.path ?? null;
}

/** The page after this one on the first way through, skipping pages these answers do not need. */
export function nextPage(path: string, answers: Answers): string {
  return JOURNEY.slice(indexOf(path) + 1).find((step) => applies(step, answers))?.path ?? CHECK;
}

/** The page before this one on the first way through ('/' before the first). */
export function previousPage(path: string, answers: Answers): string {
  return (
    JOURNEY.slice(0, indexOf(path))
      .reverse()
      .find((step) => applies(step, answers))?.path ?? BEFORE_START
  );
}

/**
 * Where a question page goes once its answers are saved. On the first way through, the next question.
 * Once every question had been answered (the parent came from "Check your answers", by a Change link or
 * the Back link), back to the check page, unless the change made an answer needed that is not there yet.
 */
export function pageAfterSaving(before: Answers, after: Answers, next: string): string {
  if (firstUnanswered(before) !== null) return next;
  return firstUnanswered(after) ?? CHECK;
}

/**
 * Where a question page's Back link goes: the question before it on the first way through; once every
 * question has an answer (the parent came from "Check your answers"), back there, as saving the page does.
 */
export function backLink(answers: Answers, previous: string): string {
  return firstUnanswered(answers) === null ? CHECK : previous;
}

/** Where the page at `path` goes once saved: a page that is always shown next, or as `pageAfterSaving`. */
export function pageAfterSavingStep(path: string, before: Answers, after: Answers): string {
  const next = nextPage(path, after);
  return stepAt(next).alwaysShown ? next : pageAfterSaving(before, after, next);
}

/** The Back link of the page at `path`: a question's as `backLink`; a page on the way, the page before. */
export function backFrom(path: string, answers: Answers): string {
  const previous = previousPage(path, answers);
  return stepAt(path).kind === 'question' ? backLink(answers, previous) : previous;
}

/**
 * Where an advice page's Continue goes: on to the next page. One that is always shown (the 999 advice) may
 * have been reached by changing an answer: then back to "Check your answers" when nothing is missing.
 */
export function continueFrom(path: string, answers: Answers): string {
  const changing = stepAt(path).alwaysShown && firstUnanswered(answers) === null;
  return changing ? CHECK : nextPage(path, answers);
}

/** "Check your answers" rows shown for these answers, in journey order, each with its Change link. */
export function checkRows(answers: Answers): { id: CheckRowId; href: string }[] {
  return JOURNEY.filter((step) => applies(step, answers)).flatMap((step) =>
    (step.rows ?? [])
      .filter((row) => row.shown?.(answers) ?? true)
      .map((row) => ({ id: row.id, href: step.path })),
  );
}
