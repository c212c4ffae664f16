import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { escalationEmail } from '@/lib/email/templates/escalation-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { enqueueEmail } from '@/lib/jobs/enqueue-email';
import { frontDoorTeam, schoolTeam } from '@/lib/routing/find-alert-recipients';
import { teamNameFor } from '@/lib/routing/queue-concern-alerts';
import { describeWait, escalationDeadline } from './escalation-deadline';

/** Only concerns this recent are considered, so a stale backlog (say after an import) is not mass-mailed. */
const LOOK_BACK_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Escalates each concern nobody has opened by its deadline: emails the partnership's front-door team and
 * the school's deputy DSLs, writes ESCALATED to the chronology and sets escalatedAt, all in one transaction.
 * A concern is escalated once: escalatedAt is set, and the conditional update makes a second worker's
 * attempt a no-op. Opening a concern (firstOpenedAt) stops escalation. Returns the escalated references.
 */
export async function escalateUnopenedConcerns(db: Db, now: Date): Promise<string[]> {
  const candidates = await db.concern.findMany({
    where: {
      firstOpenedAt: null,
      escalatedAt: null,
      closedAt: null,
      submittedAt: { gte: new Date(now.getTime() - LOOK_BACK_MS), lte: now },
    },
    select: {
      id: true,
      reference: true,
      partnershipId: true,
      schoolId: true,
      urgent: true,
      submittedAt: true,
      partnership: { select: { escalateUrgentAfterMinutes: true, escalateAfterSchoolDays: true } },
    },
    orderBy: { submittedAt: 'asc' },
    take: 500,
  });
  const escalated: string[] = [];
  for (const concern of candidates) {
    if (escalationDeadline(concern, concern.partnership) > now) continue;
    const done = await db.$transaction((tx) => escalateOne(tx, concern, now));
    if (done) escalated.push(concern.reference);
  }
  return escalated;
}

type Candidate = Parameters<typeof escalationDeadline>[0] & {
  id: string;
  reference: string;
  partnershipId: string;
  schoolId: string | null;
  partnership: Parameters<typeof escalationDeadline>[1];
};

async function escalateOne(tx: Tx, concern: Candidate, now: Date): Promise<boolean> {
  const claimed = await tx.concern.updateMany({
    where: { id: concern.id, firstOpenedAt: null, escalatedAt: null },
    data: { escalatedAt: now },
  });
  if (claimed.count === 0) return false;
  const deputies = concern.schoolId ? await schoolTeam(tx, concern.schoolId, ['DEPUTY_DSL']) : [];
  const recipients = [...(await frontDoorTeam(tx, concern.partnershipId)), ...deputies];
  const seen = new Set<string>();
  const waited = describeWait(concern.urgent, concern.partnership);
  const teamName = await teamNameFor(tx, concern);
  const email = escalationEmail({ teamName, reference: concern.reference, urgent: concern.urgent, waited });
  for (const recipient of recipients) {
    if (seen.has(recipient.email.toLowerCase())) continue;
    seen.add(recipient.email.toLowerCase());
    await enqueueEmail(tx, {
      kind: 'concern.escalation',
      to: recipient.email,
      ...email,
      messageId: stableMessageId('concern-escalation', concern.id, recipient.key),
      concernId: concern.id,
    });
  }
  await tx.concernEvent.create({
    data: {
      concernId: concern.id,
      kind: 'ESCALATED',
      at: now,
      summary: `Nobody had opened it after ${waited}: the front-door team and the school’s deputies were emailed.`,
      detail: { emailed: seen.size, urgent: concern.urgent },
    },
  });
  return true;
}
