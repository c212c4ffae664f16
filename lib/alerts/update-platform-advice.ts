'use server';
import { redirect } from 'next/navigation';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { adviceSchema } from './advice-schema';
import { requirePartnership } from '@/lib/auth/require-partnership';

const action = defineAction({
  name: 'platform.advice.update',
  schema: adviceSchema,
  authorise: () => requirePartnership('alerts.manage'),
  run: async (input, { user }) => {
    await getDb().$transaction(async (tx) => {
      const platform = await tx.platform.findFirst({ where: { slug: input.platform, isOther: false } });
      if (!platform) throw new UserFacingError('That platform could not be found');
      const data = {
        ageRating: input.ageRating || null,
        advice: input.advice || null,
        privacyAdvice: input.privacyAdvice || null,
        reportingAdvice: input.reportingAdvice || null,
      };
      await tx.platform.update({ where: { id: platform.id }, data });
      await recordAudit(tx, {
        actorId: user.id,
        action: 'platform.advice.update',
        subject: 'Platform',
        subjectId: platform.id,
        detail: {
          changed: Object.keys(data).filter(
            (k) => data[k as keyof typeof data] !== platform[k as keyof typeof data],
          ),
        },
      });
    });
    redirect(`/advice/${input.platform}`);
  },
});

export async function updatePlatformAdvice(...args: Parameters<typeof action>) {
  return action(...args);
}
