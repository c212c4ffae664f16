import 'server-only';
import { loadSchoolCalendars } from '@/lib/calendar/load-school-calendars';
import type { Db, Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { escalationEmail } from '@/lib/email/templates/escalation-email';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { enqueueEmails } from '@/lib/outbox/enqueue-email';
import { frontDoorTeam, schoolTeam, uniqueRecipients } from '@/lib/routing/find-notification-recipients';
import { teamNameFor } from '@/lib/routing/team-name-for';
import { describeWait, escalationDeadline } from './escalation-deadline';

/** Only concerns this recent are considered, so a stale backlog (say after an import) is not mass-mailed. */
const LOOK_BACK_MS = 30 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Escalations per partnership and kind in one run; every one read is due, so the next run carries on. */
const BATCH = 200;

type Rules = Parameters<typeof escalationDeadline>[1];

/**
 * Escalates each concern nobody has opened by its deadline: emails the partnership's front-door team and
 * the school's deputy DSLs, writes ESCALATED to the chronology and sets escalatedAt, all in one transaction.
 * A concern is escalated once: escalatedAt is set, and the conditional update makes a second worker's
 * attempt a no-op. Opening a concern (firstOpenedAt) stops escalation. Returns the escalated references.
 *
 * Reports not yet due must never crowd out one that is (anyone can send reports): the database is asked,
 * partnership by partnership and urgent ones first, only for concerns that can be due now. An urgent
 * deadline is exact in SQL. A school-day deadline is at least that many whole days after sending, so SQL
 * narrows by that, and since within one partnership the deadline only grows with the sending time, the
 * oldest come first and reading stops at the first one not yet due. Each partnership's school-day calendar
 * (its terms and the bank holidays) is read once a run, not once a concern.
 */
export async function escalateUnopenedConcerns(db: Db, now: Date): Promise<string[]> {
  const partnerships = await db.partnership.findMany({
    select: { id: true, escalateUrgentAfterMinutes: true, escalateAfterSchoolDays: true },
    orderBy: { id: 'asc' },
  });
  const calendars = await loadSchoolCalendars(
    db,
    partnerships.map((p) => p.id),
    new Date(now.getTime() - LOOK_BACK_MS),
  );
  const escalated: string[] = [];
  for (const urgent of [true, false]) {
    for (const rules of partnerships) {
      const calendar = calendars.get(rules.id)!;
      for (const concern of await dueCandidates(db, rules, urgent, now)) {
        if (escalationDeadline(concern, rules, calendar) > now) break;
        const done = await db.$transaction((tx) => escalateOne(tx, { ...concern, partnership: rules }, now));
        if (done) escalated.push(concern.reference);
      }
    }
  }
  return escalated;
}

async function dueCandidates(db: Db, rules: Rules & { id: string }, urgent: boolean, now: Date) {
  const soonest = urgent ? rules.escalateUrgentAfterMinutes * 60_000 : rules.escalateAfterSchoolDays * DAY_MS;
  const rows = await db.concern.findMany({
    where: {
      partnershipId: rules.id,
      urgent,
      firstOpenedAt: null,
      escalatedAt: null,
      closedAt: null,
      receivedAt: { gte: new Date(now.getTime() - LOOK_BACK_MS), lte: new Date(now.getTime() - soonest) },
    },
    select: {
      id: true,
      reference: true,
      partnershipId: true,
      schoolId: true,
      urgent: true,
      receivedAt: true,
    },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
    take: BATCH,
  });
  // The clock starts when the concern's current team received it (sent, or passed on: receivedAt), so a
  // concern passed on is given its new team's full time and is not escalated for time spent elsewhere.
  return rows.map(({ receivedAt, ...row }) => ({ ...row, submittedAt: receivedAt }));
}

type Candidate = Parameters<typeof escalationDeadline>[0] & {
  id: string;
  reference: string;
  partnershipId: string;
  schoolId: string | null;
  partnership: Rules;
};

async function escalateOne(tx: Tx, concern: Candidate, now: Date): Promise<boolean> {
  const claimed = await tx.concern.updateMany({
    where: { id: concern.id, firstOpenedAt: null, escalatedAt: null },
    data: { escalatedAt: now },
  });
  if (claimed.count === 0) return false;
  const deputies = concern.schoolId ? await schoolTeam(tx, concern.schoolId, ['DEPUTY_DSL']) : [];
  const recipients = uniqueRecipients([...(await frontDoorTeam(tx, concern.partnershipId)), ...deputies]);
  const waited = describeWait(concern.urgent, concern.partnership);
  const teamName = await teamNameFor(tx, concern);
  const site = await partnershipSite(tx, concern.partnershipId);
  const email = escalationEmail({
    teamName,
    reference: concern.reference,
    urgent: concern.urgent,
    waited,
    site,
  });
  await enqueueEmails(
    tx,
    recipients.map((recipient) => ({
      kind: 'concern.escalation',
      to: recipient.email,
      ...email,
      messageId: stableMessageId('concern-escalation', concern.id, recipient.key),
      concernId: concern.id,
      partnershipId: concern.partnershipId,
    })),
  );
  await tx.concernEvent.create({
    data: {
      concernId: concern.id,
      kind: 'ESCALATED',
      at: now,
      summary: `Nobody had opened it after ${waited}: the front-door team and the school’s deputies were emailed.`,
      detail: { emailed: recipients.length, urgent: concern.urgent },
    },
  });
  return true;
}
