import 'server-only';
import type { Tx } from '@/lib/db';
import { deadlineIn, transactionBefore } from '@/lib/db-deadline';
import { notifyTeamOfReporterWrite } from '@/lib/notifications/notify-team-of-reporter-write';
import {
  describeUrgencyReasons,
  urgencyReasonsAdded,
  type UrgencyAnswers,
} from '@/lib/reporting/urgency-rules';
import { WRITTEN_CONCERN, type ReporterWrite } from './reporter-write';

/**
 * Something the reporter adds to their report later: it joins the chronology in their words, and the
 * case's team is notified. Stored once per form key, like a message (see reply-to-team.ts), and, as the
 * parent is waiting, committed by `deadline` or not at all (lib/db-deadline.ts).
 */
export async function addInformation(
  concernId: string,
  write: ReporterWrite,
  deadline = deadlineIn(),
): Promise<void> {
  await transactionBefore(deadline, async (tx) => {
    const stored = await tx.concernEvent.createMany({
      data: [
        {
          concernId,
          kind: 'REPORTER_ADDED_INFORMATION',
          summary: write.text,
          sendKey: write.sendKey,
        },
      ],
      skipDuplicates: true,
    });
    if (stored.count === 0) return;
    const concern = await tx.concern.update({
      where: { id: concernId },
      data: { lastActivityAt: new Date() },
      select: WRITTEN_CONCERN,
    });
    // Before the notification, so one written in this transaction already finds the case urgent.
    await markUrgentIfTheWordsSaySo(tx, concernId, write.text);
    await notifyTeamOfReporterWrite(tx, concern);
  });
}

/**
 * The urgency rules read the addition with what the report said (issue 22 item 6): a rule it completes
 * makes the case urgent, with its reason kept beside the first ones and a chronology entry saying why.
 * Runs after the concern row is locked by the update above, so two additions take their turn.
 */
async function markUrgentIfTheWordsSaySo(tx: Tx, concernId: string, text: string): Promise<void> {
  const concern = await tx.concern.findUniqueOrThrow({
    where: { id: concernId },
    select: {
      urgencyReasons: true,
      stillHappening: true,
      personWasAdult: true,
      harms: { select: { harmCategory: { select: { slug: true } } } },
    },
  });
  const known: UrgencyAnswers = {
    dangerNow: concern.urgencyReasons.includes('danger-now'),
    harmSlugs: concern.harms.map((h) => h.harmCategory.slug),
    stillHappening: concern.stillHappening as UrgencyAnswers['stillHappening'],
    personWasAdult: concern.personWasAdult,
  };
  const added = urgencyReasonsAdded(known, concern.urgencyReasons, text);
  if (added.length === 0) return;
  await tx.concern.update({
    where: { id: concernId },
    data: { urgent: true, urgencyReasons: [...concern.urgencyReasons, ...added] },
  });
  await tx.concernEvent.create({
    data: {
      concernId,
      kind: 'MARKED_URGENT',
      summary: `Marked urgent after the reporter added information. ${describeUrgencyReasons(added).join(' ')}`,
      detail: { reasons: added },
    },
  });
}
