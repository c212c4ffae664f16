import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';

/** Publishes a warning now (keeping a future end date) or withdraws it now, with its audit entry. */
export async function setWarningPublication(
  actorId: string,
  partnershipId: string,
  { warningId, change }: { warningId: string; change: 'publish' | 'withdraw' },
): Promise<void> {
  const now = new Date();
  await getDb().$transaction(async (tx) => {
    // Scoped to the editor's partnership: another partnership's warning is simply not found.
    const warning = await tx.platformWarning.findFirst({ where: { id: warningId, partnershipId } });
    if (!warning) throw new UserFacingError('That warning could not be found');
    const data =
      change === 'publish'
        ? {
            publishedFrom: now,
            publishedUntil:
              warning.publishedUntil && warning.publishedUntil > now ? warning.publishedUntil : null,
          }
        : { publishedUntil: now };
    await tx.platformWarning.update({ where: { id: warning.id }, data });
    await recordAudit(tx, {
      actorId,
      action: `warning.${change}`,
      subject: 'PlatformWarning',
      subjectId: warning.id,
      partnershipId,
    });
  });
}
