import 'server-only';
import { getDb } from '@/lib/db';
import type { Answers } from './answers';
import { NO_SCHOOL_CHOICE_WORDS, RELATIONSHIP_WORDS, WHEN_WORDS, YES_NO_UNSURE_WORDS } from './answer-words';

export interface SummaryRow {
  key: string;
  value: string;
  /** The page to change this answer on. */
  href: string;
}

/** "Check your answers" rows, with the names of the chosen school, platforms and harms. */
export async function summariseAnswers(a: Answers): Promise<SummaryRow[]> {
  const db = getDb();
  const uuid = /^[0-9a-f-]{36}$/i;
  const [school, platforms, harms] = await Promise.all([
    a.school && uuid.test(a.school)
      ? db.school.findUnique({ where: { id: a.school }, select: { name: true } })
      : null,
    db.platform.findMany({
      where: { id: { in: (a.platforms ?? []).filter((id) => uuid.test(id)) } },
      select: { name: true, isOther: true },
    }),
    db.harmCategory.findMany({
      where: { id: { in: (a.harms ?? []).filter((id) => uuid.test(id)) } },
      select: { name: true, isOther: true },
    }),
  ]);
  const contact = a.contact === 'CONTACT';
  const year = a.childYear == null ? '' : a.childYear === 0 ? 'Reception' : `Year ${a.childYear}`;
  const rows: (SummaryRow | false)[] = [
    { key: 'Child in danger right now', value: a.urgent ? 'Yes (urgent)' : 'No', href: '/report/danger' },
    {
      key: 'School',
      value:
        school?.name ?? [NO_SCHOOL_CHOICE_WORDS[a.school ?? ''], a.schoolOther].filter(Boolean).join(': '),
      href: '/report/school',
    },
    { key: 'Child’s first name or initials', value: a.childName || 'Not given', href: '/report/child' },
    {
      key: 'Age or school year',
      value: [a.childAge != null ? `${a.childAge} years old` : '', year].filter(Boolean).join(', '),
      href: '/report/child',
    },
    {
      key: 'Where it happened',
      value: platforms
        .map((p) => (p.isOther && a.platformOther ? `${p.name}: ${a.platformOther}` : p.name))
        .join(', '),
      href: '/report/platforms',
    },
    {
      key: 'What happened',
      value: harms.map((h) => (h.isOther && a.harmOther ? `${h.name}: ${a.harmOther}` : h.name)).join(', '),
      href: '/report/what-happened',
    },
    { key: 'When', value: WHEN_WORDS[a.happened ?? ''] ?? '', href: '/report/what-happened' },
    {
      key: 'Still happening',
      value: YES_NO_UNSURE_WORDS[a.stillHappening ?? ''] ?? '',
      href: '/report/what-happened',
    },
    {
      key: 'The child knows you are telling us',
      value: YES_NO_UNSURE_WORDS[a.childKnows ?? ''] ?? '',
      href: '/report/what-happened',
    },
    { key: 'What happened, in your words', value: a.description ?? '', href: '/report/description' },
    {
      key: 'How you know the child',
      value: withOther(
        RELATIONSHIP_WORDS[a.relationship ?? ''] ?? '',
        a.relationship === 'OTHER' && a.relationshipOther,
      ),
      href: '/report/about-you',
    },
    {
      key: 'Contact',
      value: contact ? 'The team can contact you' : 'You stay anonymous',
      href: '/report/about-you',
    },
    contact && { key: 'Your name', value: a.reporterName ?? '', href: '/report/about-you' },
    contact && { key: 'Email address', value: a.reporterEmail || 'Not given', href: '/report/about-you' },
    contact && { key: 'Phone number', value: a.reporterPhone || 'Not given', href: '/report/about-you' },
    contact && {
      key: 'Safe times to contact you',
      value: a.reporterSafeTimes || 'Not given',
      href: '/report/about-you',
    },
  ];
  return rows.filter((row): row is SummaryRow => row !== false);
}

/** "Something else: what the parent wrote", or the choice alone. */
export const withOther = (choice: string, words: string | false | null | undefined) =>
  words ? `${choice}: ${words}` : choice;
