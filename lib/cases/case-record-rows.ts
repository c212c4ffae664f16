// The case record as labelled rows: one list for the case page, its print view and the PDF, so the PDF
// cannot leave out what the page shows (it once left out the child and the reporter).
import type { ReportedToPlatform, WhenHappened, YesNoUnsure } from '@/lib/generated/prisma/enums';
import { CATALOGUES, DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { describeUrgencyReasons } from '@/lib/reporting/urgency-rules';
import { RISK_LABELS, STATUS_LABELS } from './case-labels';
import { formatDate, formatDateTime, formatDay } from '@/lib/format/dates';
import { PLATFORM_RESPONSE_LABELS } from '@/lib/reporting/answer-words';
import type { CaseRecord } from './read-case-record';

export interface CaseRow {
  label: string;
  value: string;
}

const YES_NO: Record<YesNoUnsure, string> = { YES: 'Yes', NO: 'No', NOT_SURE: 'Not sure' };
const PERSON_WAS_ADULT: Record<YesNoUnsure, string> = {
  YES: 'Yes',
  NO: 'No, another child',
  NOT_SURE: 'Not sure',
};
const REPORTED_TO_PLATFORM: Record<ReportedToPlatform, string> = { YES: 'Yes', NO: 'No', NOT_YET: 'Not yet' };
const WHEN: Record<WhenHappened, string> = {
  TODAY: 'Today',
  THIS_WEEK: 'This week',
  THIS_MONTH: 'This month',
  LONGER_AGO: 'Longer ago',
  NOT_SURE: 'Not sure',
};

export function caseSummaryRows(record: CaseRecord): CaseRow[] {
  const routed =
    (record.route === 'SCHOOL'
      ? `${record.school?.name ?? 'School'} safeguarding team`
      : 'The partnership’s front-door team') +
    (record.schoolOther ? ` (school named by the reporter: ${endDirection(record.schoolOther)})` : '') +
    (record.escalatedAt ? `. Escalated ${formatDateTime(record.escalatedAt)}` : '');
  const rows: CaseRow[] = [
    { label: 'Status', value: STATUS_LABELS[record.status] },
    { label: 'Urgent', value: urgentValue(record) },
    { label: 'Risk', value: record.riskLevel ? RISK_LABELS[record.riskLevel] : 'Not rated yet' },
    { label: 'Routed to', value: routed },
    { label: 'Assigned to', value: record.assignedTo?.name ?? 'Nobody yet' },
    ...sentThrough(record),
    ...writtenIn(record),
    { label: 'Received', value: formatDateTime(record.submittedAt) },
    { label: 'First opened', value: record.firstOpenedAt ? formatDateTime(record.firstOpenedAt) : 'Not yet' },
    {
      label: 'Reporter last checked',
      value: record.reporterLastCheckAt ? formatDay(record.reporterLastCheckAt) : 'Not since reporting',
    },
  ];
  if (record.closedAt)
    rows.push({ label: 'Closed', value: `${formatDateTime(record.closedAt)}: ${record.outcome ?? ''}` });
  return rows;
}

/** A report written in another language than English: staff reply knowing it (issue 21). */
function writtenIn(record: Pick<CaseRecord, 'language'>): CaseRow[] {
  const name = otherLanguageName(record.language);
  return name ? [{ label: 'Language', value: `The parent wrote in ${name}` }] : [];
}

/**
 * The English name of the language a report was written in ("Welsh"), or null for English: the case
 * record and the message form tell staff, since the parent's emails and pages come in that language.
 */
export function otherLanguageName(language: string): string | null {
  if (language === DEFAULT_LOCALE) return null;
  return isLocale(language) ? CATALOGUES[language].englishName : language;
}

/**
 * Another partnership's site, when the parent used it (the child's school is here): where the parent checks
 * for news, so the team knows why they may say "your website". Its name only: nothing of that partnership's.
 */
function sentThrough(record: CaseRecord): CaseRow[] {
  if (!record.reportedVia) return [];
  return [
    {
      label: 'Sent through',
      value: `${record.reportedVia.name}’s website (the parent checks for news there)`,
    },
  ];
}

/** "Yes. Urgent because: …" with the rules that matched when it was sent (lib/reporting/urgency-rules.ts). */
function urgentValue(record: CaseRecord): string {
  if (!record.urgent) return 'No';
  const reasons = describeUrgencyReasons(record.urgencyReasons);
  return reasons.length > 0 ? `Yes. Urgent because: ${reasons.join(' ')}` : 'Yes';
}

export function reporterAccountRows(record: CaseRecord): CaseRow[] {
  const child = [
    record.childName ? endDirection(record.childName) : null,
    record.childAge !== null ? `age ${record.childAge}` : null,
    record.childYear !== null ? (record.childYear === 0 ? 'Reception' : `Year ${record.childYear}`) : null,
  ]
    .filter(Boolean)
    .join(', ');
  const platforms = record.platforms.map((p) =>
    p.otherName ? `${p.platform.name} (${endDirection(p.otherName)})` : p.platform.name,
  );
  // What each platform did, as the parent told us later on the follow-up page, with the day they said it.
  const responses = record.platforms.flatMap(({ platform, response }) =>
    response
      ? [
          `${platform.name}: ${PLATFORM_RESPONSE_LABELS[response.response]} (${formatDate(response.answeredAt)})`,
        ]
      : [],
  );
  // Plain text on the page, print and PDF: a link a parent typed is never made clickable or opened.
  const accounts = record.accountIdentifiers.map((a) => `${a.platform.name}: ${endDirection(a.identifier)}`);
  const harms = record.harms.map((h) =>
    h.harmCategory.isOther && record.harmOther
      ? `${h.harmCategory.name} (${endDirection(record.harmOther)})`
      : h.harmCategory.name,
  );
  const rows: CaseRow[] = [
    { label: 'What happened', value: record.description },
    { label: 'Platforms', value: platforms.join(', ') || 'Not given' },
    { label: 'Stranger’s name or link', value: accounts.join('; ') || 'Not given' },
    {
      label: 'Parent reported it to the platform',
      value: record.reportedToPlatform ? REPORTED_TO_PLATFORM[record.reportedToPlatform] : 'Not answered',
    },
    { label: 'What the platform did (from the parent)', value: responses.join('; ') || 'Not given' },
    { label: 'Kind of harm', value: harms.join(', ') || 'Not given' },
    {
      label: 'Person thought to be an adult',
      value: record.personWasAdult ? PERSON_WAS_ADULT[record.personWasAdult] : 'Not answered',
    },
    { label: 'Child', value: child || 'Not given' },
    { label: 'When', value: WHEN[record.happened] },
    { label: 'Still happening', value: YES_NO[record.stillHappening] },
    { label: 'Child knows it was reported', value: YES_NO[record.childKnows] },
    {
      label: 'Reporter',
      value: record.reporterAnonymous
        ? 'Anonymous (follows up with their secret code)'
        : [record.reporterName, record.reporterEmail, record.reporterPhone]
            .filter((part): part is string => Boolean(part))
            .map(endDirection)
            .join(', '),
    },
  ];
  if (record.reporterSafeTimes)
    rows.push({ label: 'Safe times to contact', value: record.reporterSafeTimes });
  return rows;
}

/**
 * The access log in one sentence, for the case page, its print view and the PDF: "Viewed, printed or
 * downloaded 160 times by 3 people; last by Priya Shah on 2 Dec 2026, 10:04."
 */
export function accessLogSummary(record: CaseRecord): string {
  const { views, people, lastView } = record.access.summary;
  if (!lastView) return 'Not yet viewed on screen, printed or downloaded.';
  return (
    `Viewed, printed or downloaded ${plural(views, 'time')} by ${plural(people, 'person', 'people')}; ` +
    `last by ${endDirection(lastView.name)} on ${formatDateTime(lastView.at)}.`
  );
}

/** Each person who read or changed the case, most active first: the access log's summary rows. */
export function accessLogPeopleRows(record: CaseRecord): CaseRow[] {
  return record.access.summary.byPerson.map((p) => ({
    label: p.name,
    value:
      [
        p.views > 0 ? `viewed, printed or downloaded ${plural(p.views, 'time')}` : null,
        p.changes > 0 ? `changed it ${plural(p.changes, 'time')}` : null,
      ]
        .filter(Boolean)
        .join(', ') + `; last ${formatDateTime(p.lastAt)}`,
  }));
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/**
 * Typed text that shares a row with other words: ends any direction embedding, override or isolate it
 * opened (U+202A–202E, U+2066–2068), so a right-to-left override in a reporter's name cannot show their
 * email address backwards. Whole values are isolated where they are shown (<bdi> on the case page).
 */
export function endDirection(text: string): string {
  let embeddings = 0;
  let isolates = 0;
  for (const char of text) {
    if (/[\u202A\u202B\u202D\u202E]/.test(char)) embeddings += 1;
    else if (char === '\u202C') embeddings = Math.max(0, embeddings - 1);
    else if (/[\u2066-\u2068]/.test(char)) isolates += 1;
    else if (char === '\u2069') isolates = Math.max(0, isolates - 1);
  }
  return text + '\u202C'.repeat(embeddings) + '\u2069'.repeat(isolates);
}

type CaseEvent = CaseRecord['events'][number];
type CaseMessage = CaseRecord['messages'][number];

export function eventActorName(e: CaseEvent): string {
  return (
    e.actor?.name ?? (e.kind.startsWith('MESSAGE_FROM') || e.kind === 'SUBMITTED' ? 'Reporter' : 'System')
  );
}

export function messageAuthorName(m: CaseMessage): string {
  return m.author === 'REPORTER' ? 'Reporter' : (m.staff?.name ?? 'Safeguarding team');
}
