import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';

/** Publishes an alert now (keeping a future end date) or withdraws it now, with its audit entry. */
export async function setAlertPublication(
  actorId: string,
  partnershipId: string,
  { alertId, change }: { alertId: string; change: 'publish' | 'withdraw' },
): Promise<void> {
  const now = new Date();
  await getDb().$transaction(async (tx) => {
    // Scoped to the editor's partnership: another partnership's alert is simply not found.
    const alert = await tx.platformAlert.findFirst({ where: { id: alertId, partnershipId } });
    if (!alert) throw new UserFacingError('That alert could not be found');
    const data =
      change === 'publish'
        ? {
            publishedFrom: now,
            publishedUntil: alert.publishedUntil && alert.publishedUntil > now ? alert.publishedUntil : null,
          }
        : { publishedUntil: now };
    await tx.platformAlert.update({ where: { id: alert.id }, data });
    await recordAudit(tx, {
      actorId,
      action: `alert.${change}`,
      subject: 'PlatformAlert',
      subjectId: alert.id,
    });
  });
}
