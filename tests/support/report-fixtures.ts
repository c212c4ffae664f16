// A partnership with a school (with a DSL), platforms and harm categories, and a complete journey draft.
import { randomBytes } from 'node:crypto';
import { getDb } from '@/lib/db';
import type { Answers } from '@/lib/reporting/answers';
import { startDraft } from '@/lib/reporting/report-draft';
import { makePartnership, makeSchool } from './factories';

const unique = () => randomBytes(4).toString('hex');

export async function makeReportingWorld() {
  const db = getDb();
  const partnership = await makePartnership();
  const school = await makeSchool(partnership.id);
  const dsl = await db.staffUser.create({ data: { email: `dsl-${unique()}@example.test`, name: 'A DSL' } });
  await db.membership.create({
    data: { userId: dsl.id, partnershipId: partnership.id, schoolId: school.id, role: 'DSL' },
  });
  const platform = await db.platform.create({ data: { slug: `p-${unique()}`, name: `App ${unique()}` } });
  const other = await db.platform.create({
    data: { slug: `o-${unique()}`, name: `Something else ${unique()}`, isOther: true },
  });
  const closed = await db.platform.create({
    data: { slug: `c-${unique()}`, name: `Closed ${unique()}`, closedOn: new Date('2023-11-08') },
  });
  const harm = await db.harmCategory.create({ data: { slug: `h-${unique()}`, name: `Harm ${unique()}` } });
  return { partnership, school, platform, other, closed, harm };
}

export type ReportingWorld = Awaited<ReturnType<typeof makeReportingWorld>>;

export function completeAnswers(world: ReportingWorld, overrides: Answers = {}): Answers {
  return {
    urgent: false,
    school: world.school.id,
    childAge: 9,
    childYear: null,
    childName: 'S.J.',
    platforms: [world.platform.id],
    harms: [world.harm.id],
    happened: 'THIS_WEEK',
    stillHappening: 'NOT_SURE',
    childKnows: 'YES',
    description: 'Someone asked my child for a photo.',
    relationship: 'PARENT_OR_CARER',
    contact: 'ANONYMOUS',
    ...overrides,
  };
}

/** A browser's journey: its cookie token and the draft behind it. */
export async function startJourney(answers: Answers): Promise<string> {
  return (await startDraft(answers)).token;
}
