import 'server-only';
import { deadlineIn, transactionBefore } from '@/lib/db-deadline';
import { notifyTeamOfReporterWrite } from '@/lib/notifications/notify-team-of-reporter-write';
import { WRITTEN_CONCERN, type ReporterWrite } from './reporter-write';

/**
 * The reporter's message to the safeguarding team, with its chronology entry and the team's notification,
 * in one transaction. The form's one-time key makes a double press or a resend store one message: the
 * second insert with the key does nothing (it waits for the first to commit), and nothing else is written.
 * A parent is waiting: it commits by `deadline` or not at all (lib/db-deadline.ts).
 */
export async function replyToTeam(
  concernId: string,
  write: ReporterWrite,
  deadline = deadlineIn(),
): Promise<void> {
  await transactionBefore(deadline, async (tx) => {
    const stored = await tx.message.createMany({
      data: [{ concernId, author: 'REPORTER', body: write.text, sendKey: write.sendKey }],
      skipDuplicates: true,
    });
    if (stored.count === 0) return;
    await tx.concernEvent.create({
      data: { concernId, kind: 'MESSAGE_FROM_REPORTER', summary: 'The reporter sent a message.' },
    });
    const concern = await tx.concern.update({
      where: { id: concernId },
      data: { lastActivityAt: new Date() },
      select: WRITTEN_CONCERN,
    });
    await notifyTeamOfReporterWrite(tx, concern);
  });
}
