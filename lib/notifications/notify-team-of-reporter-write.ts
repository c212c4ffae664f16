import 'server-only';
import type { Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import type { ConcernRoute } from '@/lib/generated/prisma/enums';
import { reporterWroteEmail } from '@/lib/email/templates/reporter-wrote-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { enqueueEmails } from '@/lib/outbox/enqueue-email';
import {
  findNotificationRecipients,
  type NotificationRecipient,
  uniqueRecipients,
} from '@/lib/routing/find-notification-recipients';
import { teamNameFor } from '@/lib/routing/team-name-for';

export const REPORTER_WROTE_KIND = 'concern.reporter-wrote';
const DIGEST_WINDOW_MS = 60 * 60 * 1000;

interface WrittenConcern {
  id: string;
  reference: string;
  partnershipId: string;
  schoolId: string | null;
  route: ConcernRoute;
  assignedToId: string | null;
}

/**
 * When the parent writes (a message, or something added to their report), tell the case's current team:
 * the school's DSL and deputies or the front door, and the assigned person. At most one notification per
 * case per hour: a write while one is still waiting is folded into it; a write within the hour after one
 * was sent queues one more, due an hour after it. Call it in the transaction that stores the write, after
 * the concern row is updated (that row lock makes two writes to one case take their turn here).
 */
export async function notifyTeamOfReporterWrite(tx: Tx, concern: WrittenConcern): Promise<void> {
  const due = await nextNotificationTime(tx, concern.id);
  if (!due) return;
  const recipients = await currentTeam(tx, concern);
  const email = reporterWroteEmail({
    teamName: await teamNameFor(tx, concern),
    reference: concern.reference,
    site: await partnershipSite(tx, concern.partnershipId),
  });
  await enqueueEmails(
    tx,
    recipients.map((recipient) => ({
      kind: REPORTER_WROTE_KIND,
      to: recipient.email,
      ...email,
      messageId: stableMessageId('reporter-wrote', concern.id, recipient.key, String(due.getTime())),
      concernId: concern.id,
      partnershipId: concern.partnershipId,
      notBefore: due,
    })),
  );
}

/** Null when a notification is already waiting; otherwise now, or an hour after the last one went out. */
async function nextNotificationTime(tx: Tx, concernId: string): Promise<Date | null> {
  const now = new Date();
  const waiting = await tx.outboxEmail.count({
    where: { concernId, kind: REPORTER_WROTE_KIND, status: { in: ['PENDING', 'SENDING'] } },
  });
  if (waiting > 0) return null;
  const last = await tx.outboxEmail.findFirst({
    where: {
      concernId,
      kind: REPORTER_WROTE_KIND,
      sentAt: { gt: new Date(now.getTime() - DIGEST_WINDOW_MS) },
    },
    orderBy: { sentAt: 'desc' },
    select: { sentAt: true },
  });
  return last?.sentAt ? new Date(last.sentAt.getTime() + DIGEST_WINDOW_MS) : now;
}

async function currentTeam(tx: Tx, concern: WrittenConcern): Promise<NotificationRecipient[]> {
  const team = await findNotificationRecipients(tx, concern, concern.route);
  if (!concern.assignedToId) return team;
  const assigned = await tx.staffUser.findFirst({
    where: { id: concern.assignedToId, active: true },
    select: { id: true, email: true },
  });
  return assigned ? uniqueRecipients([...team, { key: assigned.id, email: assigned.email }]) : team;
}
