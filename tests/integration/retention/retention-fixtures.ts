// A closed concern with everything a case gathers (platform, harm, chronology, message, referral, email),
// for the retention and subject access tests.
import { randomBytes } from 'node:crypto';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { makeConcern } from '../../support/factories';

const db = getDb();
const unique = () => randomBytes(4).toString('hex');

export async function makeReferenceData() {
  const platform = await db.platform.create({
    data: { slug: `rp-${unique()}`, name: `Platform ${unique()}` },
  });
  const harm = await db.harmCategory.create({ data: { slug: `rh-${unique()}`, name: `Harm ${unique()}` } });
  const staff = await db.staffUser.create({
    data: { email: `dsl-${unique()}@example.org`, name: 'Dee Ess' },
  });
  return { platformId: platform.id, harmId: harm.id, staffId: staff.id };
}

export async function makeFullConcern(
  refs: Awaited<ReturnType<typeof makeReferenceData>>,
  overrides: Partial<Prisma.ConcernUncheckedCreateInput>,
) {
  const concern = await makeConcern({ status: 'CLOSED', reporterEmail: 'parent@example.org', ...overrides });
  const concernId = concern.id;
  await db.concernPlatform.create({ data: { concernId, platformId: refs.platformId } });
  await db.concernHarm.create({ data: { concernId, harmCategoryId: refs.harmId } });
  await db.concernEvent.createMany({
    data: [
      { concernId, kind: 'SUBMITTED', summary: 'Sent by the reporter.' },
      {
        concernId,
        kind: 'DECISION',
        actorId: refs.staffId,
        summary: 'Decided to refer.',
        detail: { reason: 'Risk' },
      },
    ],
  });
  await db.message.create({
    data: { concernId, author: 'STAFF', staffId: refs.staffId, body: 'Thank you for telling us.' },
  });
  await db.referral.create({
    data: {
      concernId,
      destination: 'POLICE',
      referredOn: new Date('2015-01-01'),
      referredById: refs.staffId,
      theirReference: 'P-1',
    },
  });
  await db.outboxEmail.create({
    data: {
      kind: 'concern.new',
      toAddress: 'dsl@example.org',
      subject: 'A new concern',
      textBody: 'x',
      htmlBody: 'x',
      messageId: `<${unique()}@test>`,
      concernId,
    },
  });
  return concern;
}

/** Every count the trends keep, summed, so a test can say "unchanged". */
export async function trendTotals(partnershipId: string) {
  const cells = await db.trendCell.findMany({ where: { partnershipId } });
  return cells
    .map(
      (c) =>
        `${c.platformId}|${c.harmCategoryId}|${c.week.toISOString()}|${c.concerns}|${c.opened}|${c.closed}|${c.closeSeconds}`,
    )
    .sort();
}
