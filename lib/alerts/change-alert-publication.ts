'use server';
import { revalidatePath } from 'next/cache';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { alertIdSchema } from './alert-schema';
import { requirePartnership } from '@/lib/auth/require-partnership';

const action = defineAction({
  name: 'alert.publication',
  schema: alertIdSchema,
  authorise: () => requirePartnership('alerts.manage'),
  run: async ({ alertId, change }, { user, partnershipId }) => {
    const now = new Date();
    await getDb().$transaction(async (tx) => {
      // Scoped to the editor's partnership: another partnership's alert is simply not found.
      const alert = await tx.platformAlert.findFirst({ where: { id: alertId, partnershipId } });
      if (!alert) throw new UserFacingError('That alert could not be found');
      const data =
        change === 'publish'
          ? {
              publishedFrom: now,
              publishedUntil:
                alert.publishedUntil && alert.publishedUntil > now ? alert.publishedUntil : null,
            }
          : { publishedUntil: now };
      await tx.platformAlert.update({ where: { id: alert.id }, data });
      await recordAudit(tx, {
        actorId: user.id,
        action: `alert.${change}`,
        subject: 'PlatformAlert',
        subjectId: alert.id,
      });
    });
    revalidatePath('/trends/alerts');
    return { ok: true, message: change === 'publish' ? 'The alert is published' : 'The alert is withdrawn' };
  },
});

export async function changeAlertPublication(...args: Parameters<typeof action>) {
  return action(...args);
}
