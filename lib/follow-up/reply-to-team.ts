import 'server-only';
import { getDb } from '@/lib/db';

/** The reporter's message to the safeguarding team, with its chronology entry, in one transaction. */
export async function replyToTeam(concernId: string, body: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.message.create({ data: { concernId, author: 'REPORTER', body } });
    await tx.concernEvent.create({
      data: { concernId, kind: 'MESSAGE_FROM_REPORTER', summary: 'The reporter sent a message.' },
    });
    await tx.concern.update({ where: { id: concernId }, data: { lastActivityAt: new Date() } });
  });
}
