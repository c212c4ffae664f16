import 'server-only';
import { getDb, type Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { nationalRiseEmail } from '@/lib/email/templates/national-rise-email';
import { enqueueEmails } from '@/lib/outbox/enqueue-email';
import { activeTrendsStaff } from './trends-staff';
import { WINDOW_DAYS } from './early-warning-method';
import { findNationalRises, type NationalRise } from './find-national-rises';
import { windowStartFor } from './run-early-warning';

const DAY = 86_400_000;

/**
 * Emails each national rise once (per platform per fortnight, like a partnership's own flags): to every
 * service operator, and to the trends staff of every partnership that opted in
 * (`Partnership.nationalEarlyWarning`) — all of them, not only the areas that rose, since a warning before
 * it reaches you is the point. Counts of areas only, as /operator shows. Called by the hourly early-warning job.
 */
export async function notifyNationalRises(now: Date): Promise<{ noticed: number }> {
  const windowStart = windowStartFor(now);
  let noticed = 0;
  for (const rise of await findNationalRises(now)) {
    if (await getDb().$transaction((tx) => noticeOnce(tx, rise, windowStart))) noticed++;
  }
  return { noticed };
}

async function noticeOnce(tx: Tx, rise: NationalRise, windowStart: Date): Promise<boolean> {
  const since = new Date(windowStart.getTime() - WINDOW_DAYS * DAY);
  const earlier = await tx.nationalRiseNotice.findFirst({
    where: { platformId: rise.platformId, windowStart: { gte: since } },
    select: { id: true },
  });
  if (earlier) return false;
  const [notice] = await tx.nationalRiseNotice.createManyAndReturn({
    data: [{ platformId: rise.platformId, windowStart, areas: rise.areas }],
    skipDuplicates: true,
  });
  if (!notice) return false;

  const operators = await tx.serviceOperator.findMany({
    where: { user: { active: true } },
    select: { user: { select: { id: true, email: true } } },
  });
  const toOperator = nationalRiseEmail({ platformName: rise.platformName, areas: rise.areas });
  await enqueueEmails(
    tx,
    operators.map(({ user }) => ({
      kind: 'trends.national-rise',
      to: user.email,
      ...toOperator,
      messageId: `<national-rise.${notice.id}.${user.id}@trends>`,
      partnershipId: null,
    })),
  );

  const risingIn = new Set(
    (
      await tx.trendFlag.findMany({
        where: { kind: 'PLATFORM_RISE', subjectKey: rise.platformId, windowStart: { gte: since } },
        select: { partnershipId: true },
        distinct: ['partnershipId'],
      })
    ).map((flag) => flag.partnershipId),
  );
  const partnerships = await tx.partnership.findMany({
    where: { nationalEarlyWarning: true },
    select: { id: true },
  });
  for (const partnership of partnerships) {
    const staff = await activeTrendsStaff(tx, partnership.id);
    if (staff.length === 0) continue;
    const email = nationalRiseEmail({
      platformName: rise.platformName,
      areas: rise.areas,
      ownArea: risingIn.has(partnership.id),
      site: await partnershipSite(tx, partnership.id),
    });
    await enqueueEmails(
      tx,
      staff.map((person) => ({
        kind: 'trends.national-rise',
        to: person.email,
        ...email,
        messageId: `<national-rise.${notice.id}.${partnership.id}.${person.id}@trends>`,
        partnershipId: partnership.id,
      })),
    );
  }
  return true;
}
