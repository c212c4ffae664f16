import 'server-only';
import type { z } from 'zod';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import type { adviceSchema } from './advice-schema';

/** Saves the advice parents read about one named platform, with an audit entry naming the fields changed. */
export async function savePlatformAdvice(
  actorId: string,
  input: z.infer<typeof adviceSchema>,
): Promise<void> {
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
      actorId,
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
}
