import 'server-only';
import { getDb } from '@/lib/db';
import { harmWords } from '@/lib/i18n/harm-words';
import { ENGLISH, type Say } from '@/lib/i18n/say';
import { harmCategoriesOf } from '@/lib/reference-data/harm-categories-of';
import { offeredTo } from '@/lib/reference-data/offered-platforms';
import type { Answers } from './answers';
import { checkRows, type CheckRowId } from './journey';
import { NO_SCHOOL_CHOICE_WORDS } from './answer-words';

export interface SummaryRow {
  key: string;
  value: string;
  /** The page to change this answer on. */
  href: string;
}

/**
 * "Check your answers" rows, with the names of the chosen school, platforms and harms. Only platforms and
 * harms this partnership offers are named: a forged id never shows another partnership's own category.
 */
export async function summariseAnswers(
  a: Answers,
  partnershipId: string | null,
  say: Say = ENGLISH,
): Promise<SummaryRow[]> {
  const db = getDb();
  const uuid = /^[0-9a-f-]{36}$/i;
  const [school, platforms, harms] = await Promise.all([
    a.school && uuid.test(a.school)
      ? db.school.findUnique({ where: { id: a.school }, select: { name: true } })
      : null,
    db.platform.findMany({
      where: {
        id: { in: (a.platforms ?? []).filter((id) => uuid.test(id)) },
        ...(partnershipId ? offeredTo(partnershipId) : {}),
      },
      select: { id: true, name: true, isOther: true },
    }),
    db.harmCategory.findMany({
      where: {
        id: { in: (a.harms ?? []).filter((id) => uuid.test(id)) },
        ...harmCategoriesOf(partnershipId ?? []),
      },
      select: { slug: true, name: true, isOther: true, partnershipId: true },
    }),
  ]);
  // Each row's words, in the parent's language (`say`, catalogue `check` and `answers`), by its id in the
  // journey (journey.ts), which says the order, when a row is shown and which page its Change link opens.
  const answer = (group: string, value: string | null | undefined, otherwise: string) =>
    value ? say(`answers.${group}.${value}`) : otherwise;
  const list = (items: string[]) => items.join(say('check.listSeparator'));
  const year =
    a.childYear == null
      ? ''
      : a.childYear === 0
        ? say('report.child.reception')
        : say('report.child.yearNumber', { year: a.childYear });
  const row = (key: string, value: string) => ({ key: say(`check.rows.${key}`), value });
  const rows: Record<CheckRowId, Omit<SummaryRow, 'href'>> = {
    danger: row('danger', a.urgent ? say('check.urgentYes') : say('check.no')),
    school: row(
      'school',
      school?.name ??
        [
          a.school && a.school in NO_SCHOOL_CHOICE_WORDS ? say(`answers.noSchool.${a.school}`) : '',
          a.schoolOther,
        ]
          .filter(Boolean)
          .join(': '),
    ),
    'child-name': row('childName', a.childName || say('check.notGiven')),
    'child-age': row(
      'childAge',
      list([a.childAge != null ? say('check.yearsOld', { age: a.childAge }) : '', year].filter(Boolean)),
    ),
    platforms: row(
      'platforms',
      list(platforms.map((p) => withOther(p.name, p.isOther && a.platformOther, say))),
    ),
    // Plain text: a link a parent typed is never made clickable.
    accounts: row(
      'accounts',
      list(
        platforms
          .filter((p) => a.accounts?.[p.id])
          .map((p) => say('check.withOther', { choice: p.name, words: a.accounts?.[p.id] ?? '' })),
      ) || say('check.notGiven'),
    ),
    'reported-to-platform': row(
      'reportedToPlatform',
      answer('reportedToPlatform', a.reportedToPlatform, say('check.notGiven')),
    ),
    harms: row(
      'harms',
      list(harms.map((h) => withOther(harmWords(say, h).name, h.isOther && a.harmOther, say))),
    ),
    'person-was-adult': row(
      'personWasAdult',
      answer('personWasAdult', a.personWasAdult, say('check.notGiven')),
    ),
    when: row('when', answer('when', a.happened, '')),
    'still-happening': row('stillHappening', answer('yesNoUnsure', a.stillHappening, '')),
    'child-knows': row('childKnows', answer('yesNoUnsure', a.childKnows, '')),
    description: row('description', a.description ?? ''),
    relationship: row(
      'relationship',
      withOther(
        answer('relationship', a.relationship, ''),
        a.relationship === 'OTHER' && a.relationshipOther,
        say,
      ),
    ),
    contact: row('contact', a.contact === 'CONTACT' ? say('check.canContact') : say('check.anonymous')),
    'reporter-name': row('reporterName', a.reporterName ?? ''),
    'reporter-email': row('reporterEmail', a.reporterEmail || say('check.notGiven')),
    'reporter-phone': row('reporterPhone', a.reporterPhone || say('check.notGiven')),
    'reporter-safe-times': row('reporterSafeTimes', a.reporterSafeTimes || say('check.notGiven')),
  };
  return checkRows(a).map(({ id, href }) => ({ ...rows[id], href }));
}

/** "Something else: what the parent wrote", or the choice alone. */
export const withOther = (choice: string, words: string | false | null | undefined, say: Say = ENGLISH) =>
  words ? say('check.withOther', { choice, words }) : choice;
