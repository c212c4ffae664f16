import 'server-only';
import { getDb } from '@/lib/db';

/** Something the reporter adds to their report later: it joins the chronology in their words. */
export async function addInformation(concernId: string, information: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.concernEvent.create({
      data: {
        concernId,
        kind: 'REPORTER_ADDED_INFORMATION',
        summary: information,
      },
    });
    await tx.concern.update({ where: { id: concernId }, data: { lastActivityAt: new Date() } });
  });
}
