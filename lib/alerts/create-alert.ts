'use server';
import { redirect } from 'next/navigation';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { alertSchema } from './alert-schema';
import { requirePartnership } from '@/lib/auth/require-partnership';

const day = (value: string) => (value ? new Date(`${value}T00:00:00Z`) : null);

const action = defineAction({
  name: 'alert.create',
  schema: alertSchema,
  authorise: () => requirePartnership('alerts.manage'),
  run: async (input, { user, partnershipId }) => {
    const db = getDb();
    const platform = input.platform
      ? await db.platform.findUnique({ where: { slug: input.platform }, select: { id: true } })
      : null;
    if (input.platform && !platform) throw new UserFacingError('Choose a platform from the list', 'platform');
    await db.$transaction(async (tx) => {
      const alert = await tx.platformAlert.create({
        data: {
          partnershipId,
          platformId: platform?.id ?? null,
          title: input.title,
          whatToKnow: input.whatToKnow,
          whatToDo: input.whatToDo,
          publishedFrom: day(input.publishFrom),
          publishedUntil: day(input.publishUntil),
          createdById: user.id,
        },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: 'alert.create',
        subject: 'PlatformAlert',
        subjectId: alert.id,
        detail: { published: Boolean(input.publishFrom) },
      });
    });
    redirect('/trends/alerts');
  },
});

export async function createAlert(...args: Parameters<typeof action>) {
  return action(...args);
}
