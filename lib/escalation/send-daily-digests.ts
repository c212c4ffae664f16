import 'server-only';
import { partnershipSite } from '@/lib/email/partnership-site';
import type { Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { dailyDigestEmail } from '@/lib/email/templates/daily-digest-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A digest goes at most this often, so a restart or a second worker does not send another. */
const MIN_GAP_MS = 20 * 60 * 60 * 1000;
const MAX_LISTED = 50;

/**
 * Queues the daily digest for each active member of staff who asked for one: the references of concerns
 * their team has not opened yet. No digest when there is nothing waiting. lastDigestAt is moved on in the
 * same transaction, so each person gets at most one a day however many workers run.
 */
export async function sendDailyDigests(db: Db, now: Date): Promise<number> {
  const due = await db.staffUser.findMany({
    where: {
      active: true,
      dailyDigest: true,
      OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: new Date(now.getTime() - MIN_GAP_MS) } }],
    },
    select: {
      id: true,
      email: true,
      memberships: { select: { role: true, schoolId: true, partnershipId: true } },
    },
  });
  let queued = 0;
  for (const user of due) {
    const scope = unopenedScope(user.memberships);
    queued += await db.$transaction(async (tx) => {
      const claimed = await tx.staffUser.updateMany({
        where: {
          id: user.id,
          OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: new Date(now.getTime() - MIN_GAP_MS) } }],
        },
        data: { lastDigestAt: now },
      });
      if (claimed.count === 0 || scope.length === 0) return 0;
      const waiting = await tx.concern.findMany({
        where: { firstOpenedAt: null, closedAt: null, submittedAt: { lte: now }, OR: scope },
        select: { reference: true, urgent: true },
        // Oldest first by when the team got it: a concern passed on is new to its new team.
        orderBy: [{ urgent: 'desc' }, { receivedAt: 'asc' }],
        take: MAX_LISTED,
      });
      if (waiting.length === 0) return 0;
      const partnershipId = onlyPartnership(user.memberships);
      await enqueueEmail(tx, {
        kind: 'staff.daily-digest',
        to: user.email,
        ...dailyDigestEmail({
          references: waiting.map((c) => c.reference),
          urgentCount: waiting.filter((c) => c.urgent).length,
          // A person on two boards gets one digest: on APP_URL, since either address would suit only one.
          site: partnershipId ? await partnershipSite(tx, partnershipId) : undefined,
        }),
        messageId: stableMessageId('digest', user.id, String(Math.floor(now.getTime() / DAY_MS))),
        partnershipId,
      });
      return 1;
    });
  }
  return queued;
}

/** The concerns a person's roles make theirs to open: their schools', or their partnership's front door's. */
function unopenedScope(
  memberships: { role: string; schoolId: string | null; partnershipId: string }[],
): Prisma.ConcernWhereInput[] {
  return memberships.flatMap((m): Prisma.ConcernWhereInput[] => {
    if ((m.role === 'DSL' || m.role === 'DEPUTY_DSL') && m.schoolId)
      return [{ schoolId: m.schoolId, route: 'SCHOOL' }];
    if (m.role === 'FRONT_DOOR') return [{ partnershipId: m.partnershipId, route: 'FRONT_DOOR' }];
    return [];
  });
}

/** A digest lists one partnership's concerns, or several's for someone in more than one: then it is service mail. */
function onlyPartnership(memberships: { partnershipId: string }[]): string | null {
  const ids = new Set(memberships.map((m) => m.partnershipId));
  return ids.size === 1 ? [...ids][0]! : null;
}
