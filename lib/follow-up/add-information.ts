import 'server-only';
import { getDb } from '@/lib/db';
import { notifyTeamOfReporterWrite } from '@/lib/notifications/notify-team-of-reporter-write';
import { WRITTEN_CONCERN, type ReporterWrite } from './reporter-write';

/**
 * Something the reporter adds to their report later: it joins the chronology in their words, and the
 * case's team is alerted. Stored once per form key, like a message (see reply-to-team.ts).
 */
export async function addInformation(concernId: string, write: ReporterWrite): Promise<void> {
  await getDb().$transaction(async (tx) => {
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
    // Item 4's urgency rules would read `write.text` here, in this transaction, and may mark the case
    // urgent before the team is alerted.
    await notifyTeamOfReporterWrite(tx, concern);
  });
}
