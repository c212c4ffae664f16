import 'server-only';
import { getDb } from '@/lib/db';
import { harmCategoriesOf } from '@/lib/reference-data/harm-categories-of';
import { offeredTo } from '@/lib/reference-data/offered-platforms';
import type { Answers } from './answers';
import { checkRows, type CheckRowId } from './journey';
import {
  NO_SCHOOL_CHOICE_WORDS,
  PERSON_WAS_ADULT_WORDS,
  RELATIONSHIP_WORDS,
  WHEN_WORDS,
  YES_NO_UNSURE_WORDS,
} from './answer-words';

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
export async function summariseAnswers(a: Answers, partnershipId: string | null): Promise<SummaryRow[]> {
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
      select: { name: true, isOther: true },
    }),
  ]);
  const year = a.childYear == null ? '' : a.childYear === 0 ? 'Reception' : `Year ${a.childYear}`;
  // Each row's words, by its id in the journey (journey.ts), which says the order, when a row is shown and
  // which page its Change link opens.
  const rows: Record<CheckRowId, Omit<SummaryRow, 'href'>> = {
    danger: { key: 'Child in danger right now', value: a.urgent ? 'Yes (urgent)' : 'No' },
    school: {
      key: 'School',
      value:
        school?.name ?? [NO_SCHOOL_CHOICE_WORDS[a.school ?? ''], a.schoolOther].filter(Boolean).join(': '),
    },
    'child-name': { key: 'Child’s first name or initials', value: a.childName || 'Not given' },
    'child-age': {
      key: 'Age or school year',
      value: [a.childAge != null ? `${a.childAge} years old` : '', year].filter(Boolean).join(', '),
    },
    platforms: {
      key: 'Where it happened',
      value: platforms
        .map((p) => (p.isOther && a.platformOther ? `${p.name}: ${a.platformOther}` : p.name))
        .join(', '),
    },
    accounts: {
      key: 'The stranger’s name or link',
      // Plain text: a link a parent typed is never made clickable.
      value:
        platforms
          .filter((p) => a.accounts?.[p.id])
          .map((p) => `${p.name}: ${a.accounts?.[p.id]}`)
          .join('; ') || 'Not given',
    },
    harms: {
      key: 'What happened',
      value: harms.map((h) => (h.isOther && a.harmOther ? `${h.name}: ${a.harmOther}` : h.name)).join(', '),
    },
    'person-was-adult': {
      key: 'Do you think the person was an adult?',
      value: PERSON_WAS_ADULT_WORDS[a.personWasAdult ?? ''] ?? 'Not given',
    },
    when: { key: 'When', value: WHEN_WORDS[a.happened ?? ''] ?? '' },
    'still-happening': { key: 'Still happening', value: YES_NO_UNSURE_WORDS[a.stillHappening ?? ''] ?? '' },
    'child-knows': {
      key: 'The child knows you are telling us',
      value: YES_NO_UNSURE_WORDS[a.childKnows ?? ''] ?? '',
    },
    description: { key: 'What happened, in your words', value: a.description ?? '' },
    relationship: {
      key: 'How you know the child',
      value: withOther(
        RELATIONSHIP_WORDS[a.relationship ?? ''] ?? '',
        a.relationship === 'OTHER' && a.relationshipOther,
      ),
    },
    contact: {
      key: 'Contact',
      value: a.contact === 'CONTACT' ? 'The team can contact you' : 'You stay anonymous',
    },
    'reporter-name': { key: 'Your name', value: a.reporterName ?? '' },
    'reporter-email': { key: 'Email address', value: a.reporterEmail || 'Not given' },
    'reporter-phone': { key: 'Phone number', value: a.reporterPhone || 'Not given' },
    'reporter-safe-times': { key: 'Safe times to contact you', value: a.reporterSafeTimes || 'Not given' },
  };
  return checkRows(a).map(({ id, href }) => ({ ...rows[id], href }));
}

/** "Something else: what the parent wrote", or the choice alone. */
export const withOther = (choice: string, words: string | false | null | undefined) =>
  words ? `${choice}: ${words}` : choice;
