import 'server-only';
import { getDb } from '@/lib/db';
import { readDraft } from './report-draft';

export type EmailInstead = 'saved' | 'anonymous' | 'gone';

/**
 * A parent who cannot keep their secret code gives an email address so the team can reach them. Only
 * through the journey's own cookie (the sent report it holds), and only for a report that was not sent
 * anonymously: an anonymous report stays without any way to reach its sender. The address is stored as the
 * other contact details are (encrypted, lib/encryption/encrypted-fields.ts); the chronology says one was
 * given, without it. Nothing is emailed, and the secret code never would be.
 */
export async function saveEmailInstead(token: string | undefined, email: string): Promise<EmailInstead> {
  const sent = (await readDraft(token))?.sent;
  if (!token || !sent) return 'gone';
  return getDb().$transaction(async (tx) => {
    const concern = await tx.concern.findUnique({
      where: { reference: sent.reference },
      select: { id: true, reporterAnonymous: true },
    });
    if (!concern) return 'gone';
    if (concern.reporterAnonymous) return 'anonymous';
    await tx.concern.update({
      where: { id: concern.id },
      data: { reporterEmail: email, lastActivityAt: new Date() },
    });
    await tx.concernEvent.create({
      data: {
        concernId: concern.id,
        kind: 'REPORTER_GAVE_EMAIL',
        summary:
          'The reporter could not keep their secret code and gave an email address to be contacted on.',
      },
    });
    return 'saved';
  });
}
