import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import {
  PERSON_WAS_ADULT_WORDS,
  RELATIONSHIP_WORDS,
  WHEN_WORDS,
  YES_NO_UNSURE_WORDS,
} from '@/lib/reporting/answer-words';
import { withOther } from '@/lib/reporting/summarise-answers';

/** The parent's own answers, as the concern keeps them: nothing staff added. */
export const REPORTED_ANSWERS = {
  schoolOther: true,
  school: { select: { name: true } },
  // A concern passed on is with another school now: the parent still sees the school they chose.
  moves: { orderBy: { at: 'asc' }, take: 1, select: { fromSchool: { select: { name: true } } } },
  childName: true,
  childAge: true,
  childYear: true,
  platforms: {
    select: {
      platformId: true,
      otherName: true,
      platform: { select: { name: true, isOther: true } },
      response: { select: { response: true, answeredAt: true } },
    },
  },
  harms: { select: { harmCategory: { select: { name: true, isOther: true } } } },
  harmOther: true,
  relationshipOther: true,
  happened: true,
  stillHappening: true,
  childKnows: true,
  personWasAdult: true,
  description: true,
  reporterRelationship: true,
  reporterAnonymous: true,
  reporterName: true,
  reporterEmail: true,
  reporterPhone: true,
  reporterSafeTimes: true,
} satisfies Prisma.ConcernSelect;

type Reported = Prisma.ConcernGetPayload<{ select: typeof REPORTED_ANSWERS }>;

/**
 * "What you told us" on the follow-up page, in the words and order of "Check your answers"
 * (lib/reporting/summarise-answers.ts), so a parent recognises their report.
 */
export function summariseReport(c: Reported): { key: string; value: string }[] {
  const year = c.childYear == null ? '' : c.childYear === 0 ? 'Reception' : `Year ${c.childYear}`;
  const given = (value: string | null) => value || 'Not given';
  const rows: [string, string][] = [
    ['School', schoolChosen(c)],
    ['Child’s first name or initials', given(c.childName)],
    [
      'Age or school year',
      [c.childAge != null ? `${c.childAge} years old` : '', year].filter(Boolean).join(', '),
    ],
    [
      'Where it happened',
      c.platforms
        .map((p) =>
          p.platform.isOther && p.otherName ? `${p.platform.name}: ${p.otherName}` : p.platform.name,
        )
        .join(', '),
    ],
    [
      'What happened',
      c.harms.map((h) => withOther(h.harmCategory.name, h.harmCategory.isOther && c.harmOther)).join(', '),
    ],
    ['Do you think the person was an adult?', PERSON_WAS_ADULT_WORDS[c.personWasAdult ?? ''] ?? 'Not given'],
    ['When', WHEN_WORDS[c.happened] ?? ''],
    ['Still happening', YES_NO_UNSURE_WORDS[c.stillHappening] ?? ''],
    ['The child knows you are telling us', YES_NO_UNSURE_WORDS[c.childKnows] ?? ''],
    ['What happened, in your words', c.description],
    [
      'How you know the child',
      withOther(RELATIONSHIP_WORDS[c.reporterRelationship] ?? '', c.relationshipOther),
    ],
    ['Contact', c.reporterAnonymous ? 'You stay anonymous' : 'The team can contact you'],
  ];
  if (!c.reporterAnonymous)
    rows.push(
      ['Your name', given(c.reporterName)],
      ['Email address', given(c.reporterEmail)],
      ['Phone number', given(c.reporterPhone)],
      ['Safe times to contact you', given(c.reporterSafeTimes)],
    );
  return rows.map(([key, value]) => ({ key, value }));
}

/** The school the parent chose: where the concern is now, unless a team has passed it on since. */
function schoolChosen(c: Reported): string {
  const chosen = c.moves[0] ? c.moves[0].fromSchool : c.school;
  return chosen?.name ?? c.schoolOther ?? '';
}
