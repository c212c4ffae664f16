import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { harmWords } from '@/lib/i18n/harm-words';
import { ENGLISH, type Say } from '@/lib/i18n/say';
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
  harms: {
    select: { harmCategory: { select: { slug: true, name: true, isOther: true, partnershipId: true } } },
  },
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
 * "What you told us" on the follow-up page, in the words, order and language of "Check your answers"
 * (lib/reporting/summarise-answers.ts, catalogue `check` and `answers`), so a parent recognises their
 * report. Names of schools and platforms stay as written; national kinds of harm are translated (harm-words.ts).
 */
export function summariseReport(c: Reported, say: Say = ENGLISH): { key: string; value: string }[] {
  const answer = (group: string, value: string | null) =>
    value ? say(`answers.${group}.${value}`) : say('check.notGiven');
  const list = (items: string[]) => items.join(say('check.listSeparator'));
  const year =
    c.childYear == null
      ? ''
      : c.childYear === 0
        ? say('report.child.reception')
        : say('report.child.yearNumber', { year: c.childYear });
  const given = (value: string | null) => value || say('check.notGiven');
  const rows: [string, string][] = [
    ['school', schoolChosen(c)],
    ['childName', given(c.childName)],
    [
      'childAge',
      list([c.childAge != null ? say('check.yearsOld', { age: c.childAge }) : '', year].filter(Boolean)),
    ],
    [
      'platforms',
      list(c.platforms.map((p) => withOther(p.platform.name, p.platform.isOther && p.otherName, say))),
    ],
    [
      'harms',
      list(
        c.harms.map((h) =>
          withOther(harmWords(say, h.harmCategory).name, h.harmCategory.isOther && c.harmOther, say),
        ),
      ),
    ],
    ['personWasAdult', answer('personWasAdult', c.personWasAdult)],
    ['when', answer('when', c.happened)],
    ['stillHappening', answer('yesNoUnsure', c.stillHappening)],
    ['childKnows', answer('yesNoUnsure', c.childKnows)],
    ['description', c.description],
    ['relationship', withOther(answer('relationship', c.reporterRelationship), c.relationshipOther, say)],
    ['contact', c.reporterAnonymous ? say('check.anonymous') : say('check.canContact')],
  ];
  if (!c.reporterAnonymous)
    rows.push(
      ['reporterName', given(c.reporterName)],
      ['reporterEmail', given(c.reporterEmail)],
      ['reporterPhone', given(c.reporterPhone)],
      ['reporterSafeTimes', given(c.reporterSafeTimes)],
    );
  return rows.map(([key, value]) => ({ key: say(`check.rows.${key}`), value }));
}

/** The school the parent chose: where the concern is now, unless a team has passed it on since. */
function schoolChosen(c: Reported): string {
  const chosen = c.moves[0] ? c.moves[0].fromSchool : c.school;
  return chosen?.name ?? c.schoolOther ?? '';
}
